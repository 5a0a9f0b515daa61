import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../checker/check.ts';
import { contentRoot } from '../checker/location.ts';
import { formatReport } from '../checker/report.ts';
import { formatProblem, sortProblems } from '../lib/problem.ts';
import { siteNow } from '../lib/clock.ts';
import { keepCheckedContent } from './checked-catalog.ts';

/**
 * Runs `npm run check` inside Astro before anything is built: Astro alone stops at the first invalid file and
 * lets a broken reference through. A build with content errors fails with the full report; the dev server only
 * prints it, so staff can keep previewing while they fix things.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'hiroba:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        if (command === 'preview') return;
        const projectRoot = fileURLToPath(config.root);
        const result = await checkContent(contentRoot(projectRoot), siteNow(), projectRoot);
        for (const problem of sortProblems(result.problems)) {
          if (problem.severity === 'error') logger.error(formatProblem(problem));
          else logger.warn(formatProblem(problem));
        }
        const { summary } = formatReport(result.problems, result.fileCount);
        // The public URL lives in the staff's site settings, so canonical links and share URLs follow it, and its
        // path is where every page is served (a GitHub Pages project site lives at /<repository>/).
        if (result.content) updateConfig(siteAddress(result.content.site.url));
        if (result.ok && result.content) keepCheckedContent(projectRoot, result.content);
        if (result.ok) logger.info(summary);
        else if (command !== 'build') logger.error(summary);
        else throw contentError(summary);
      },
    },
  };
}

/** Astro's `site` and `base` from site.yaml's url: https://example.github.io/hiroba/ → base /hiroba/. */
function siteAddress(url: string): { site: string; base: string } {
  const address = new URL(url);
  return { site: address.href, base: address.pathname.endsWith('/') ? address.pathname : `${address.pathname}/` };
}

/** An error whose whole printout is the summary: the problems are already listed, a stack would only bury them. */
function contentError(summary: string): Error {
  const error = new Error(summary);
  error.name = 'ContentError';
  // Astro prints a "Stack trace" section only for a non-empty stack.
  error.stack = '';
  return error;
}
