import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/model/urls.ts';
import { canJoin } from '../../src/model/catalog.ts';
import { informationPages, loadSampleContent } from '../support/sample-content.ts';
import { describeEachViewport, openBrowserSession, pagePaths, type BrowserSession } from './browsing.ts';
import { tabThroughPage, unseenStops } from './keyboard.ts';

/**
 * Every page of the built site in a real Chromium, under its own Content-Security-Policy, on a 360×740 phone and
 * a 1280×800 laptop. Visitors are often anxious, some elderly, some children, and scleroderma stiffens fingers:
 * axe finds no WCAG 2.2 A/AA violation, every stand-alone link is a target of at least 44 px, the keyboard reaches
 * every link with its focus drawn and on screen, and nothing scrolls sideways, also with text at 200 %.
 */

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

describe('the pages under test', () => {
  it('are every page the content calls for, the 404 page, search and every flyer', async () => {
    const content = await loadSampleContent();
    const flyers = content.catalog.rooms.filter(canJoin).map((room) => paths.roomFlyer(room.id));
    expect(pagePaths).toEqual(
      expect.arrayContaining([...informationPages(content), '/404.html', '/search/', ...flyers]),
    );
  });
});

describeEachViewport(
  () => session,
  (tab, viewport) => {
    describe.each(pagePaths)('the page %s', (path) => {
      const where = `${path} at ${viewport.label}`;

      beforeAll(async () => {
        await tab.open(path);
      });

      it('has no WCAG 2.2 A or AA violation that axe can find', async () => {
        // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern: the
        // policy (script-src 'none' on most pages) would block axe added as a <script>, and turning the policy off
        // with bypassCSP would test a page no visitor sees.
        await tab.page.evaluate(axeSource);
        const violations = await tab.page.evaluate(async (tags) => {
          const { axe } = window as unknown as { axe: typeof Axe };
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          });
          return result.violations.map(
            (v) => `${v.id} (${v.help}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        }, wcag22aa);
        expect(violations, where).toEqual([]);
      });

      it('gives every stand-alone link and control a target of at least 44 px', async () => {
        const small = await tab.page.evaluate(() =>
          [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
            .filter((element) => {
              // A link inside a sentence may be as tall as the text (WCAG 2.5.8 exception for inline targets).
              const parentText = element.parentElement?.textContent?.trim() ?? '';
              const standsAlone = parentText === element.textContent?.trim() || element.matches('.button, nav a');
              const box = element.getBoundingClientRect();
              return standsAlone && box.width > 0 && box.height < 44;
            })
            .map(
              (element) =>
                `${element.outerHTML.slice(0, 80)} (${Math.round(element.getBoundingClientRect().height)} px)`,
            ),
        );
        expect(small, where).toEqual([]);
      });

      it('lets the keyboard reach every link and control, skip link first, with its focus drawn and on screen', async () => {
        const stops = await tabThroughPage(tab.page);
        expect(stops[0]?.href, `${where}: the first Tab`).toBe('#main');
        expect(unseenStops(stops), where).toEqual([]);

        const focusable = await tab.page.evaluate(() => {
          const all = [...document.querySelectorAll('*')];
          return [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
            .filter((element) => element.checkVisibility() && !element.matches('[tabindex="-1"], :disabled'))
            .map((element) => ({
              position: all.indexOf(element),
              name: element.getAttribute('href') ?? element.outerHTML.slice(0, 60),
            }));
        });
        const reached = new Set(stops.map((stop) => stop.position));
        expect(
          focusable.filter((element) => !reached.has(element.position)).map((element) => element.name),
          `${where}: never reached by Tab`,
        ).toEqual([]);
      });

      it('never scrolls sideways, with normal text and with text at 200 %', async () => {
        const overflow = () =>
          tab.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(await overflow(), where).toBeLessThanOrEqual(0);
        // Text zoom as a browser setting does it: the root size doubles, the window keeps its width.
        await tab.page.evaluate(() => {
          const root = document.documentElement;
          root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
        });
        expect(await overflow(), `${where} with text at 200 %`).toBeLessThanOrEqual(0);
      });
    });
  },
);
