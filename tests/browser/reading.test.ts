import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio, minimumContrast } from '../../src/lib/contrast.ts';
import { largeTextSelector } from '../../src/lib/phrase-breaks-html.ts';
import { noticeLabel } from '../../src/model/labels.ts';
import { noticeKinds, roomAccent } from '../../src/model/palette.ts';
import { paths } from '../../src/model/urls.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { describeEachViewport, openBrowserSession, pagePaths, type BrowserSession } from './browsing.ts';
import { breaksInsidePhrases, doubleTheText, hiddenOrOverlapping } from './layout.ts';

/**
 * Reading every page in a real Chromium. Large text (headings, buttons, menu labels, lead paragraphs) breaks only
 * between BudouX's phrases, with normal text and at 200 %; at 200 % no heading or label is cut off, covered or
 * overlapping another. Every notice is named for what it means. In the dark scheme too, axe finds no text without
 * enough contrast, and a room's colour stands out 3:1 from the panel it is drawn on, in both schemes.
 */

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { catalog } = await loadSampleContent();
const labelsSelector = `${largeTextSelector}, dt, .badge, .notice-tag, .site-name, .header-help, .way-hint, label`;

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

describeEachViewport(
  () => session,
  (tab, viewport) => {
    describe.each(pagePaths)('the page %s', (path) => {
      const where = `${path} at ${viewport.label}`;

      it('breaks its headings, buttons and lead text only between phrases', async () => {
        await tab.open(path);
        expect(await breaksInsidePhrases(tab.page, largeTextSelector), where).toEqual([]);
      });

      it('with text at 200 % breaks them only between phrases, and hides or overlaps no heading or label', async () => {
        await tab.open(path);
        await doubleTheText(tab.page);
        expect(await breaksInsidePhrases(tab.page, largeTextSelector), `${where}, 200 %`).toEqual([]);
        expect(await tab.page.evaluate(hiddenOrOverlapping, labelsSelector), `${where}, 200 %`).toEqual([]);
      });
    });
  },
);

describe('the notices', () => {
  const shown = new Map<string, string[]>();

  beforeAll(async () => {
    const page = await session.browser.newPage();
    try {
      for (const path of pagePaths) {
        await page.goto(session.site.origin + path);
        const notes = await page.locator('[role="note"].notice').evaluateAll((elements) =>
          elements.map((element) => ({
            kind: [...element.classList].find((name) => name.startsWith('notice-') && name !== 'notice-compact'),
            name: element.getAttribute('aria-label'),
            // The tag's words, without the readings set over them on pages for children.
            tag: (() => {
              const tag = element.querySelector('.notice-tag')?.cloneNode(true);
              if (!(tag instanceof Element)) return undefined;
              for (const reading of tag.querySelectorAll('rt, rp')) reading.remove();
              return tag.textContent?.trim();
            })(),
            icon: element.querySelector('.notice-tag svg path')?.getAttribute('d'),
          })),
        );
        for (const note of notes) shown.set(path, [...(shown.get(path) ?? []), JSON.stringify(note)]);
      }
    } finally {
      await page.close();
    }
  });

  const all = () => [...shown.values()].flat().map((text) => JSON.parse(text) as Record<string, string>);

  it.each(noticeKinds.filter((kind) => kind !== 'closed'))('include the %s notice somewhere in the sample', (kind) => {
    expect(all().some((note) => note.kind === `notice-${kind}`)).toBe(true);
  });

  it('are each named and tagged for their kind, with an icon of their own', () => {
    const icons = new Map<string, string>();
    for (const note of all()) {
      const kind = noticeKinds.find((name) => note.kind === `notice-${name}`);
      expect(kind, JSON.stringify(note)).toBeDefined();
      expect(note.name).toBe(noticeLabel[kind!].name);
      expect(note.tag).toBe(noticeLabel[kind!].tag);
      icons.set(kind!, note.icon ?? '');
    }
    expect(new Set(icons.values()).size).toBe(icons.size);
  });

  it('carry urgent help on exactly the pages about mental health', () => {
    for (const path of [paths.room('family-salon-parent'), paths.event('young-carer-online-2026-12')])
      expect(
        shown.get(path)?.some((note) => note.includes('notice-help')),
        path,
      ).toBe(true);
    expect(shown.get(paths.room('scleroderma'))?.some((note) => note.includes('notice-help')) ?? false).toBe(false);
  });
});

describe('the dark scheme', () => {
  it.each(pagePaths)('leaves no text on %s without enough contrast (axe)', async (path) => {
    const context = await session.browser.newContext({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(session.site.origin + path);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as { axe: typeof Axe };
        const result = await axe.run(document, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
        return result.violations.flatMap((v) =>
          v.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
        );
      });
      expect(violations, path).toEqual([]);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background, 'the page itself turns dark').not.toBe('rgb(255, 255, 255)');
    } finally {
      await context.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('a room’s colour in the %s scheme', (scheme) => {
  it.each(catalog.rooms.map((room) => [room.id, room] as const))(
    'is drawn on the page of %s as the adjusted accent, standing out 3:1 from its panel',
    async (_id, room) => {
      const context = await session.browser.newContext({ colorScheme: scheme });
      try {
        const page = await context.newPage();
        await page.goto(session.site.origin + paths.room(room.id));
        const drawn = await page.locator('.room-panel > .accent-band rect').evaluateAll((rects) => {
          const toHex = (rgb: string) =>
            `#${(rgb.match(/\d+/g) ?? []).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
          const shown = rects.find((rect) => getComputedStyle(rect).display !== 'none');
          const panel = shown?.closest('.room-panel');
          return {
            fill: shown?.getAttribute('fill'),
            panel: panel ? toHex(getComputedStyle(panel).backgroundColor) : '',
          };
        });
        expect(drawn.fill).toBe(roomAccent(room.data.color)[scheme]);
        expect(contrastRatio(drawn.fill ?? '', drawn.panel)).toBeGreaterThanOrEqual(minimumContrast.graphic);
      } finally {
        await context.close();
      }
    },
  );
});
