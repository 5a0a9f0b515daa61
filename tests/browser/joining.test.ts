import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canJoin } from '../../src/model/catalog.ts';
import { acceptsApplications, eventState } from '../../src/model/events.ts';
import { paths } from '../../src/model/urls.ts';
import { siteNow } from '../pages/built-site.ts';
import { decodeQrPng } from '../support/decode-qr.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { describeEachViewport, openBrowserSession, type BrowserSession } from './browsing.ts';
import { tabThroughPage, unseenStops, type FocusStop } from './keyboard.ts';

/**
 * Joining from a page, by keyboard or by camera, on a 360×740 phone and a 1280×800 laptop. On the page of every
 * open room, Tab from the top reaches a join button for every way in, and then each way's QR code downloads, each
 * with its focus drawn and on screen, and every QR code as the screen shows it reads as exactly the QR link shown
 * under it. On every event page that takes applications, Tab reaches the application link the same way.
 */

const { catalog, waysInto } = await loadSampleContent();
const openRooms = catalog.rooms.filter(canJoin);
const applicationUrl = (event: (typeof catalog.events)[number]) =>
  event.data.apply.method === 'form' ? event.data.apply.url : undefined;
const eventsTakingApplications = catalog.events.filter(
  (event) => acceptsApplications(eventState(event, siteNow)) && applicationUrl(event),
);

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

/** Where Tab first stops on a link to `href`, or -1. */
const stopAt = (stops: FocusStop[], href: string, after = -1) =>
  stops.findIndex((stop, index) => index > after && stop.href === href);

describe('the sample site', () => {
  it('has open rooms and an event taking applications, so the journeys below are walked at all', () => {
    expect(openRooms.length).toBeGreaterThan(0);
    expect(eventsTakingApplications.length).toBeGreaterThan(0);
  });
});

describeEachViewport(
  () => session,
  (tab, viewport) => {
    describe.each(openRooms.map((room) => [paths.room(room.id), room] as const))('the room page %s', (path, room) => {
      const where = `${path} at ${viewport.label}`;
      const buttons = waysInto(room, 'page');
      const codes = waysInto(room, 'qr');

      beforeAll(async () => {
        await tab.open(path);
      });

      it("offers a join button for every way in, in the room's order, each with the page's campaign marks", async () => {
        const hrefs = await tab.page
          .locator('.join-actions a.button')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        expect(hrefs, where).toEqual(buttons.map((way) => way.url));
      });

      it('lets the keyboard reach every join button and then each QR code download, focus drawn and on screen', async () => {
        const stops = await tabThroughPage(tab.page);
        const journey = `${where}: Tab stopped at ${stops.map((stop) => stop.name).join(' → ')}`;
        const joins = buttons.map((way) => stopAt(stops, way.url));
        const lastJoin = Math.max(...joins);
        const downloads = codes.flatMap(({ channel }) => [
          stopAt(stops, paths.roomQr(room.id, channel.kind, 'png'), lastJoin),
          stopAt(stops, paths.roomQr(room.id, channel.kind, 'svg'), lastJoin),
        ]);
        expect(
          joins.every((index) => index > -1),
          journey,
        ).toBe(true);
        expect(
          downloads.every((index) => index > lastJoin),
          journey,
        ).toBe(true);
        expect(unseenStops([...joins, ...downloads].map((index) => stops[index]!)), where).toEqual([]);
      });

      it('shows a QR code for every way in that a camera reads as exactly the link printed under it', async () => {
        const figures = tab.page.locator('figure.qr');
        expect(await figures.count(), where).toBe(codes.length);
        for (const [index, way] of codes.entries()) {
          const figure = figures.nth(index);
          const image = figure.locator('img');
          await image.scrollIntoViewIfNeeded();
          // Loaded only when scrolled to (loading="lazy").
          await image.evaluate((element: HTMLImageElement) => element.decode());
          expect(decodeQrPng(await image.screenshot()), where).toBe(way.url);
          expect(await figure.locator('.url').textContent(), where).toBe(way.url);
        }
      });
    });

    describe.each(eventsTakingApplications.map((event) => [paths.event(event.id), event] as const))(
      'the event page %s',
      (path, event) => {
        const where = `${path} at ${viewport.label}`;

        it('lets the keyboard reach the application link, with its focus drawn and on screen', async () => {
          await tab.open(path);
          const stops = await tabThroughPage(tab.page);
          const apply = stopAt(stops, applicationUrl(event)!);
          expect(apply, `${where}: Tab stopped at ${stops.map((stop) => stop.name).join(' → ')}`).toBeGreaterThan(-1);
          expect(unseenStops([stops[apply]!]), where).toEqual([]);
        });
      },
    );
  },
);
