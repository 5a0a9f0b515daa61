import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canJoin } from '../../src/model/catalog.ts';
import { acceptsApplications, eventState } from '../../src/model/events.ts';
import { eventNoticeKind } from '../../src/model/labels.ts';
import { paths } from '../../src/model/urls.ts';
import { siteNow } from '../pages/built-site.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { describeEachViewport, openBrowserSession, type BrowserSession } from './browsing.ts';
import { bottomsOf, doubleTheText } from './layout.ts';

/**
 * The first step is on the first screen, measured where Chromium puts it on a 360×740 phone and a 1280×800 laptop:
 * a parent, an elderly patient or a patient with stiff fingers finds their room and joins it without scrolling.
 * Home: what the site is and the ways in. A room: its name, who it is for and a button for every way in (or, not
 * open yet, when it opens and how to hear of it). An event: title, date, format, status and the application button
 * (or, when it takes none, what to do instead). The pages on the way there lead on from their first screen too.
 * And the header is one row on a phone, and no more than a quarter of the screen with text at 200 %.
 */

const { catalog, waysInto } = await loadSampleContent();

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

const roomPages = catalog.rooms.map((room) => {
  const open = canJoin(room);
  const actions = open
    ? waysInto(room, 'page').map((way) => `.join-actions a.button[href="${way.url}"]`)
    : ['.notice-preparing p:nth-of-type(2)', `.notice-preparing a[href^="mailto:"]`];
  return [paths.room(room.id), ['h1', '.room-for', ...actions]] as const;
});

const eventPages = catalog.events.map((event) => {
  const state = eventState(event, siteNow);
  const facts = ['h1', '.event-panel .eyebrow', '.key-when', '.key-facts dd'];
  return acceptsApplications(state)
    ? ([paths.event(event.id), [...facts, '.next-step a.button']] as const)
    : ([
        paths.event(event.id),
        [...facts, `[role="note"].notice-${eventNoticeKind[state.kind]} .notice-tag`, '.next-step .instead a'],
      ] as const);
});

const wayPages = [
  [
    paths.home(),
    [
      'h1',
      '.header-help',
      ...[paths.conditions(), paths.roles(), paths.programmes()].map((to) => `.ways-in a[href="${to}"]`),
    ],
  ],
  ...catalog.conditions.map((c) => [paths.condition(c.id), ['h1', `#roles ~ .chip-list a`]] as const),
  ...catalog.roles.map((r) => [paths.role(r.id), ['h1', '#rooms ~ .chip-list a, #rooms ~ p']] as const),
  ...catalog.pairs.map(
    (p) =>
      [
        paths.conditionRole(p.condition.id, p.role.id),
        ['h1', '.room-choice .join-actions a.button, .room-choice .notice-preparing p:nth-of-type(2)'],
      ] as const,
  ),
] as const;

describe('the pages measured', () => {
  it('include open, preparing and every kind of event page, so each journey is walked', () => {
    expect(catalog.rooms.some(canJoin) && catalog.rooms.some((room) => !canJoin(room))).toBe(true);
    const kinds = new Set(catalog.events.map((event) => eventState(event, siteNow).kind));
    expect([...kinds].sort()).toEqual(['accepting', 'cancelled', 'ended', 'full']);
  });
});

describeEachViewport(
  () => session,
  (tab, viewport) => {
    describe.each([...wayPages, ...roomPages, ...eventPages])('the page %s', (path, selectors) => {
      it(`has its first step within the first ${viewport.height} px`, async () => {
        await tab.open(path);
        const placed = await bottomsOf(tab.page, [...selectors]);
        for (const { selector, bottom } of placed) {
          expect(bottom, `${path} at ${viewport.label}: ${selector}`).not.toBeNull();
          expect(bottom, `${path} at ${viewport.label}: ${selector} ends ${bottom} px down`).toBeLessThanOrEqual(
            viewport.height,
          );
        }
      });
    });

    describe('the header', () => {
      it('is one row: the mark and name, 緊急のとき and the menu side by side', async () => {
        await tab.open(paths.home());
        const tops = await tab.page
          .locator('.site-header-row > *')
          .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
        expect(tops.length, viewport.label).toBe(3);
        expect(Math.max(...tops) - Math.min(...tops), viewport.label).toBeLessThanOrEqual(4);
        const height = await tab.page
          .locator('.site-header')
          .evaluate((header) => header.getBoundingClientRect().height);
        expect(height, viewport.label).toBeLessThanOrEqual(64);
      });

      it('takes at most a quarter of the first screen with text at 200 %', async () => {
        await tab.open(paths.room('family-salon-parent'));
        await doubleTheText(tab.page);
        const height = await tab.page
          .locator('.site-header')
          .evaluate((header) => header.getBoundingClientRect().height);
        expect(height, viewport.label).toBeLessThanOrEqual(viewport.height / 4);
      });

      it('opens its menu without JavaScript, every section one tap away', async () => {
        await tab.open(paths.home());
        const summary = tab.page.locator('.site-menu > summary');
        if (await summary.isVisible()) await summary.click();
        const links = tab.page.locator('.site-nav a');
        expect(await links.count()).toBeGreaterThan(4);
        for (const link of await links.all()) expect(await link.isVisible(), viewport.label).toBe(true);
      });
    });
  },
);

describe('the pages without JavaScript', () => {
  it('still open the header menu and lead to every section', async () => {
    const context = await session.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    try {
      const page = await context.newPage();
      await page.goto(session.site.origin + paths.home());
      await page.locator('.site-menu > summary').click();
      await page.locator(`.site-nav a[href="${paths.conditions()}"]`).click();
      await page.waitForURL(session.site.origin + paths.conditions());
    } finally {
      await context.close();
    }
  });
});
