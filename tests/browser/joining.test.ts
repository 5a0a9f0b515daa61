import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canJoin } from '../../src/model/catalog.ts';
import { acceptsApplications, eventState } from '../../src/model/events.ts';
import { roomQrPath } from '../../src/images/qr.ts';
import { paths } from '../../src/model/urls.ts';
import { siteNow } from '../pages/built-site.ts';
import { decodeQrPng } from '../support/decode-qr.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { describeEachViewport, openBrowserSession, type BrowserSession } from './browsing.ts';
import { tabThroughPage, unseenStops, type FocusStop } from './keyboard.ts';

/**
 * Joining from a page, by keyboard or by camera, on a 360×740 phone and a 1280×800 laptop. On the page of every
 * open room, Tab from the top reaches the join link and then the QR code downloads, each with its focus drawn and
 * on screen, and the QR code as the screen shows it reads as exactly that join link. On every event page that
 * takes applications, Tab reaches the application link the same way.
 */

const { catalog, joinUrlOf } = await loadSampleContent();
const openRooms = catalog.rooms.filter(canJoin);
const eventsTakingApplications = catalog.events.filter(
  (event) => acceptsApplications(eventState(event, siteNow)) && event.data.apply.url,
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
      const joinUrl = joinUrlOf(room);

      beforeAll(async () => {
        await tab.open(path);
      });

      it("offers the room's join link: its forum entry with the site's campaign parameters", async () => {
        expect(await tab.page.getAttribute('#join ~ p a.button', 'href'), where).toBe(joinUrl);
      });

      it('lets the keyboard reach the join link and then both QR code downloads, each with its focus drawn and on screen', async () => {
        const stops = await tabThroughPage(tab.page);
        const join = stopAt(stops, joinUrl);
        const png = stopAt(stops, roomQrPath(room.id, 'png'), join);
        const svg = stopAt(stops, roomQrPath(room.id, 'svg'), png);
        const journey = `${where}: Tab stopped at ${stops.map((stop) => stop.name).join(' → ')}`;
        expect(join, journey).toBeGreaterThan(-1);
        expect(png, journey).toBeGreaterThan(join);
        expect(svg, journey).toBeGreaterThan(png);
        expect(unseenStops([stops[join]!, stops[png]!, stops[svg]!]), where).toEqual([]);
      });

      it('shows a QR code that a camera reads as exactly that join link', async () => {
        const shown = await tab.page.locator('figure.qr svg').screenshot();
        expect(decodeQrPng(shown), where).toBe(joinUrl);
      });
    });

    describe.each(eventsTakingApplications.map((event) => [paths.event(event.id), event] as const))(
      'the event page %s',
      (path, event) => {
        const where = `${path} at ${viewport.label}`;

        it('lets the keyboard reach the application link, with its focus drawn and on screen', async () => {
          await tab.open(path);
          const stops = await tabThroughPage(tab.page);
          const apply = stopAt(stops, event.data.apply.url!);
          expect(apply, `${where}: Tab stopped at ${stops.map((stop) => stop.name).join(' → ')}`).toBeGreaterThan(-1);
          expect(unseenStops([stops[apply]!]), where).toEqual([]);
        });
      },
    );
  },
);
