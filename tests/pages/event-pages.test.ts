import { describe, expect, it } from 'vitest';
import { paths } from '../../src/model/urls.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { readPage, textOf } from './built-site.ts';

const { catalog } = await loadSampleContent();

/** The value beside a label in an event's facts: those at the top of its page, then the rest. */
function fact(page: Document, label: string): string {
  const term = [...page.querySelectorAll('dl.key-facts dt, dl.facts dt')].find((dt) => textOf(dt) === label);
  return textOf(term?.nextElementSibling);
}

describe('an event page', () => {
  for (const event of catalog.events) {
    it(`of ${event.id} states who may join, fee, format and how to apply`, async () => {
      const page = await readPage(paths.event(event.id));
      expect(textOf(page.querySelector('h1'))).toBe(event.data.title);
      const text = textOf(page.body);
      expect(text).toContain('次のすべてに当てはまる方');
      for (const condition of event.data.eligibility) expect(text).toContain(condition);
      expect(text).toContain(event.data.fee);
      const moments = [...page.querySelectorAll('time')].map((time) => Date.parse(time.getAttribute('datetime') ?? ''));
      expect(moments).toContain(Date.parse(event.data.start));
      expect(moments).toContain(Date.parse(event.data.apply.deadline));
    });
  }

  it('gives date and time in Japanese, the format, place, capacity and deadline', async () => {
    const page = await readPage(paths.event('family-parent-offline-2027-02'));
    expect(fact(page, '日時')).toBe('2027年2月13日（土）14:00〜16:00');
    expect(fact(page, '参加のしかた')).toBe('会場');
    expect(fact(page, '会場')).toContain('大阪市内の市民交流センター');
    expect(fact(page, '定員')).toBe('12 人');
    expect(fact(page, '参加費')).toBe('300 円（お茶代）');
    expect(textOf(page.querySelector('main'))).toContain('締め切り: 2027年2月6日（土）23:59');
  });

  it('names both ways of taking part in a hybrid event', async () => {
    const page = await readPage(paths.event('mpa-hybrid-2027-01'));
    expect(fact(page, '参加のしかた')).toBe('会場とオンライン');
    expect(fact(page, 'オンライン')).toContain('Zoom を使います');
    expect(fact(page, '定員')).toBe('20 人（満席になりました）');
  });

  it('links the application page while applications are open', async () => {
    const page = await readPage(paths.event('scleroderma-online-2026-12'));
    const apply = page.querySelector('a[href="https://health-media.example/apply/scleroderma-2026-12"]');
    expect(apply?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(textOf(apply)).toContain('（外部サイト）');
  });

  it('says plainly that a full event is full, and offers no application link', async () => {
    const page = await readPage(paths.event('mpa-hybrid-2027-01'));
    expect(textOf(page.querySelector('[role="note"].notice-full'))).toContain('満席');
    expect(page.querySelector('a[href="https://health-media.example/apply/mpa-2027-01"]')).toBeNull();
  });

  it('says plainly that a cancelled event is cancelled, and why', async () => {
    const page = await readPage(paths.event('sibling-online-2026-12'));
    const alert = textOf(page.querySelector('[role="note"].notice-cancelled'));
    expect(alert).toContain('中止');
    expect(alert).toContain(catalog.event('sibling-online-2026-12').data.statusNote);
    expect(page.querySelector('a[href="https://hiroba.example/apply/sibling-2026-12"]')).toBeNull();
  });

  it('of a past event says it is over', async () => {
    const page = await readPage(paths.event('partner-online-2026-10'));
    expect(textOf(page.querySelector('main'))).toContain('この交流会は終わりました');
  });
});

describe('the events list', () => {
  it('shows upcoming events soonest first, cancelled and past ones each in their own section', async () => {
    const page = await readPage(paths.events());
    const titlesUnder = (id: string) =>
      [...page.querySelectorAll(`#${id} + ul.card-list h3 a`)].map((a) => a.getAttribute('href'));
    expect(titlesUnder('cancelled')).toEqual([paths.event('sibling-online-2026-12')]);
    expect(titlesUnder('upcoming')).toEqual(
      [
        'scleroderma-online-2026-12',
        'young-carer-online-2026-12',
        'mpa-hybrid-2027-01',
        'family-parent-offline-2027-02',
      ].map(paths.event),
    );
    expect(titlesUnder('past')).toEqual([paths.event('partner-online-2026-10')]);
  });

  it('leads to a page for every month with events, latest first, and each month page lists all of that month’s events', async () => {
    const page = await readPage(paths.events());
    const months = [...page.querySelectorAll('#months ~ ul.link-list a')].map((a) => a.getAttribute('href'));
    expect(months).toEqual(['2027-02', '2027-01', '2026-12', '2026-10'].map(paths.eventsMonth));
    const december = await readPage(paths.eventsMonth('2026-12'));
    expect(textOf(december.querySelector('h1'))).toBe('2026年12月の交流会');
    expect([...december.querySelectorAll('main ul.link-list a')].map((a) => a.getAttribute('href'))).toEqual(
      ['sibling-online-2026-12', 'scleroderma-online-2026-12', 'young-carer-online-2026-12'].map(paths.event),
    );
  });

  it('marks full and cancelled events in the list itself', async () => {
    const page = await readPage(paths.events());
    const card = (slug: string) => textOf(page.querySelector(`a[href="${paths.event(slug)}"]`)?.closest('li'));
    expect(card('mpa-hybrid-2027-01')).toContain('満席');
    expect(card('sibling-online-2026-12')).toContain('中止');
    expect(card('scleroderma-online-2026-12')).toContain('2026年12月12日（土）14:00〜15:30');
  });
});
