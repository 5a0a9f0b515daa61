import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { eventsCalendarPath } from '../../src/calendar/ics.ts';
import { eventsFeedPath } from '../../src/calendar/rss.ts';
import { paths } from '../../src/model/urls.ts';
import { fileOf, readPage, textOf } from '../pages/built-site.ts';
import { loadSampleContent } from '../support/sample-content.ts';

const { catalog } = await loadSampleContent();
const youngCarers = catalog.event('young-carer-online-2026-12');

describe('the built calendar files and feed of a sensitive event with a discreet title', () => {
  it('name it discreetly in its own .ics and in the calendar to subscribe to', async () => {
    for (const file of [paths.eventCalendar(youngCarers.id), eventsCalendarPath]) {
      const calendar = new ICAL.Component(ICAL.parse(await readFile(fileOf(file), 'utf8')));
      const entry = calendar
        .getAllSubcomponents('vevent')
        .map((vevent) => new ICAL.Event(vevent))
        .find((parsed) => parsed.uid.startsWith(`${youngCarers.id}@`));
      expect(entry?.summary, file).toBe(youngCarers.data.discreetTitle);
      expect(entry?.description, file).not.toContain(youngCarers.data.summary);
    }
  });

  it('name it discreetly in the feed', async () => {
    const xml = await readFile(fileOf(eventsFeedPath), 'utf8');
    const titles = [...new DOMParser().parseFromString(xml, 'text/xml').querySelectorAll('item > title')].map(
      (title) => title.textContent,
    );
    expect(titles).toContain(youngCarers.data.discreetTitle);
    expect(titles).not.toContain(youngCarers.data.title);
  });

  it('keep its own title on its page, where the reader already is', async () => {
    const page = await readPage(paths.event(youngCarers.id));
    expect(textOf(page.querySelector('h1'))).toContain(youngCarers.data.title);
  });
});
