import { describe, expect, it } from 'vitest';
import {
  acceptsApplications,
  announcedTitle,
  announcementStanding,
  calendarTitle,
  eventNotice,
  eventPhase,
  eventState,
  eventStateLabel,
  offersCalendar,
  type EventPhase,
  type EventStateKind,
} from '../../src/model/events.ts';
import type { EventEntry, EventStatus } from '../../src/schemas/index.ts';

/**
 * The rules of an event's state, as a table: for each status the staff can write and each moment around the
 * deadline, start and end, what the site, the forum and the calendars are told.
 */

type Stated = { id: string; data: Pick<EventEntry, 'title' | 'start' | 'end' | 'status' | 'statusNote' | 'apply'> };

function meeting(status: EventStatus, statusNote?: string): Stated {
  return {
    id: 'scleroderma-online-2026-12',
    data: {
      title: '強皮症 オンラインおしゃべり会（12月）',
      start: '2026-12-12T14:00:00+09:00',
      end: '2026-12-12T15:30:00+09:00',
      status,
      statusNote,
      apply: { method: 'registration', how: 'フォームから', deadline: '2026-12-09T23:59:00+09:00' },
    },
  };
}

const moments = {
  'a week before the deadline': '2026-12-02T12:00:00+09:00',
  'the minute before the deadline': '2026-12-09T23:58:59+09:00',
  'at the deadline': '2026-12-09T23:59:00+09:00',
  'the day before it starts': '2026-12-11T12:00:00+09:00',
  'when it starts': '2026-12-12T14:00:00+09:00',
  'when it ends': '2026-12-12T15:30:00+09:00',
  'a week after': '2026-12-19T12:00:00+09:00',
} as const;

type Moment = keyof typeof moments;
const pinnedUntilStart = '2026-12-12T05:00:00.000Z';

//  status        moment                            phase         state              applications pinned until      closed
const rules: [EventStatus, Moment, EventPhase, EventStateKind, boolean, string | null, boolean][] = [
  ['scheduled', 'a week before the deadline', 'upcoming', 'accepting', true, pinnedUntilStart, false],
  ['scheduled', 'the minute before the deadline', 'upcoming', 'accepting', true, pinnedUntilStart, false],
  ['scheduled', 'at the deadline', 'upcoming', 'deadline-passed', false, pinnedUntilStart, false],
  ['scheduled', 'the day before it starts', 'upcoming', 'deadline-passed', false, pinnedUntilStart, false],
  ['scheduled', 'when it starts', 'under-way', 'deadline-passed', false, null, false],
  ['scheduled', 'when it ends', 'ended', 'ended', false, null, true],
  ['scheduled', 'a week after', 'ended', 'ended', false, null, true],
  ['full', 'a week before the deadline', 'upcoming', 'full', false, pinnedUntilStart, false],
  ['full', 'the day before it starts', 'upcoming', 'full', false, pinnedUntilStart, false],
  ['full', 'when it starts', 'under-way', 'full', false, null, false],
  ['full', 'when it ends', 'ended', 'ended', false, null, true],
  ['cancelled', 'a week before the deadline', 'upcoming', 'cancelled', false, null, true],
  ['cancelled', 'the day before it starts', 'upcoming', 'cancelled', false, null, true],
  ['cancelled', 'when it starts', 'under-way', 'cancelled', false, null, true],
  ['cancelled', 'a week after', 'ended', 'cancelled', false, null, true],
];

describe.each(rules)('a %s event, %s', (status, moment, phase, kind, applications, pinnedUntil, closed) => {
  const event = meeting(status);
  const now = new Date(moments[moment]);
  const state = eventState(event, now);

  it(`is ${phase}`, () => {
    expect(eventPhase(event, now)).toBe(phase);
  });

  it(`is ${kind}${applications ? ' and takes applications' : ' and takes none'}`, () => {
    expect(state.kind).toBe(kind);
    expect(acceptsApplications(state)).toBe(applications);
  });

  it(`is ${pinnedUntil ? 'pinned on the forum until it starts' : 'not pinned'}${closed ? ', closed to replies' : ''}`, () => {
    expect(announcementStanding(event, now)).toEqual({ pinnedUntil, closed });
  });
});

//  status        moment                            offers calendar actions (only still ahead, not cancelled)
const calendarActions: [EventStatus, Moment, boolean][] = [
  ['scheduled', 'a week before the deadline', true],
  ['scheduled', 'the day before it starts', true],
  ['scheduled', 'when it starts', false],
  ['scheduled', 'a week after', false],
  ['full', 'a week before the deadline', true],
  ['full', 'when it ends', false],
  ['cancelled', 'a week before the deadline', false],
  ['cancelled', 'a week after', false],
];

describe.each(calendarActions)('a %s event, %s', (status, moment, offered) => {
  it(offered ? 'offers to put it in a calendar' : 'offers no calendar action', () => {
    expect(offersCalendar(meeting(status), new Date(moments[moment]))).toBe(offered);
  });
});

//  state               badge and label                 tone      the sentence the page and the forum open with
const words: [EventStateKind, string, 'alert' | 'info' | undefined, string | undefined][] = [
  ['accepting', '申し込み受付中', undefined, undefined],
  ['deadline-passed', '申し込みの受付は終わりました', 'info', '申し込みの締め切りを過ぎたため、受付を終えました。'],
  ['full', '満席', 'alert', '定員に達したため、申し込みの受付を終えました。'],
  ['cancelled', '中止', 'alert', 'この交流会は中止になりました。'],
  ['ended', '終わりました', 'info', 'この交流会は終わりました。'],
];
const momentOf: Record<EventStateKind, [EventStatus, Moment]> = {
  accepting: ['scheduled', 'a week before the deadline'],
  'deadline-passed': ['scheduled', 'the day before it starts'],
  full: ['full', 'a week before the deadline'],
  cancelled: ['cancelled', 'a week before the deadline'],
  ended: ['scheduled', 'a week after'],
};

describe.each(words)('an event that is %s', (kind, label, tone, sentence) => {
  const [status, moment] = momentOf[kind];
  const state = eventState(meeting(status, 'スタッフからのお知らせです。'), new Date(moments[moment]));

  it(`is labelled ${label}`, () => {
    expect(state.kind).toBe(kind);
    expect(eventStateLabel[kind]).toBe(label);
  });

  it(sentence ? `opens its page and announcement with: ${sentence}` : 'needs no notice', () => {
    const notice = eventNotice(state);
    expect(notice?.tone).toBe(tone);
    expect(notice?.sentence).toBe(sentence);
    if (notice) expect(notice.label).toBe(label);
  });

  it(tone === 'alert' ? 'passes on the staff’s note' : 'has no note of its own', () => {
    expect(eventNotice(state)?.note).toBe(tone === 'alert' ? 'スタッフからのお知らせです。' : undefined);
  });
});

//  status        where it is announced                       in someone's calendar
const titles: [EventStatus, string, string][] = [
  ['scheduled', '強皮症 オンラインおしゃべり会（12月）', '強皮症 オンラインおしゃべり会（12月）'],
  ['full', '【満席】強皮症 オンラインおしゃべり会（12月）', '強皮症 オンラインおしゃべり会（12月）'],
  ['cancelled', '【中止】強皮症 オンラインおしゃべり会（12月）', '【中止】強皮症 オンラインおしゃべり会（12月）'],
];

describe.each(titles)('the title of a %s event', (status, announced, calendar) => {
  it(`is announced as ${announced}`, () => {
    expect(announcedTitle(meeting(status))).toBe(announced);
  });

  it(`is saved in calendars as ${calendar}, since whoever saved it may hold a seat`, () => {
    expect(calendarTitle(meeting(status))).toBe(calendar);
  });
});
