import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, findChromium, howToGetChromium } from '../browser/find-chromium.ts';
import { serveStatic } from '../browser/static-server.ts';
import {
  lighthouseCategories,
  type LighthousePage,
  type LighthouseResult,
  type RunLighthouse,
} from './lighthouse-result.ts';

/**
 * Lighthouse (mobile preset, the default) on a few pages of a built site served on 127.0.0.1, with the system
 * Chromium. Every request stays on the loopback server, and each run has a deadline, so a missing network can
 * make an audit fail but never hang the bench. Lighthouse and chrome-launcher come from the bench's own install
 * (tools/bench/package.json), so the root typecheck leaves this file out: `npm run bench:typecheck` checks it.
 */

const runDeadlineMs = 180_000;

export const runLighthouse: RunLighthouse = async (distDir, pages, reportDir) => {
  const chromePath = findChromium();
  if (!chromePath) throw new Error(howToGetChromium);
  await mkdir(reportDir, { recursive: true });
  const site = await serveStatic(distDir);
  try {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumFlags, logLevel: 'silent' });
    try {
      const results: LighthouseResult[] = [];
      for (const page of pages) results.push(await auditPage(site.origin, page, chrome.port, reportDir));
      return results;
    } finally {
      chrome.kill();
    }
  } finally {
    await site.close();
  }
};

async function auditPage(
  origin: string,
  page: LighthousePage,
  port: number,
  reportDir: string,
): Promise<LighthouseResult> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${runDeadlineMs / 1000} s`)), runDeadlineMs);
  });
  try {
    const run = await Promise.race([
      lighthouse(`${origin}${page.path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...lighthouseCategories],
      }),
      deadline,
    ]);
    if (!run) throw new Error('Lighthouse returned no result');
    const { lhr } = run;
    await writeFile(join(reportDir, `${page.label}.json`), JSON.stringify(lhr, null, 2));
    const scores: LighthouseResult['scores'] = {};
    const failedAudits: LighthouseResult['failedAudits'] = [];
    for (const id of lighthouseCategories) {
      const category = lhr.categories[id];
      if (!category) continue;
      if (category.score !== null) scores[id] = Math.round(category.score * 100);
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === 1 || audit.scoreDisplayMode === 'notApplicable') continue;
        if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual') continue;
        failedAudits.push({
          id: audit.id,
          title: audit.title,
          score: audit.score,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
          examples: examplesOf(audit.details),
        });
      }
    }
    const requested =
      (lhr.audits['network-requests']?.details as { items?: { url?: string }[] } | undefined)?.items ?? [];
    return {
      ...page,
      scores,
      failedAudits,
      externalRequests: requested.flatMap((item) =>
        item.url && !item.url.startsWith(origin) && !item.url.startsWith('data:') ? [item.url] : [],
      ),
      warnings: [
        ...lhr.runWarnings,
        ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []),
      ],
    };
  } catch (error) {
    return {
      ...page,
      scores: {},
      failedAudits: [],
      warnings: [],
      externalRequests: [],
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The first few things an audit points at (a console message with its URL, an element, a resource), for the report. */
function examplesOf(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return items.slice(0, 3).map((item) => {
    const { description, url, node, sourceLocation } = item as {
      description?: string;
      url?: string;
      node?: { snippet?: string };
      sourceLocation?: { url?: string };
    };
    return [description, url ?? sourceLocation?.url, node?.snippet].filter(Boolean).join(' ');
  });
}
