import { describe, expect, it } from 'vitest';
import { announcementBody, eventMarkupTime } from '../../../src/forum/core/render/announcement.ts';
import { welcomeBody } from '../../../src/forum/core/render/welcome.ts';
import { mdxBodyAsMarkdown } from '../../../src/forum/core/render/markdown.ts';
import { eventStateSentence } from '../../../src/model/events.ts';
import { createCatalog } from '../../../src/model/catalog.ts';
import { contentSetOf, fixtureData, fixtureNow } from '../support/fixture.ts';

const content = contentSetOf(fixtureData());
const now = new Date(fixtureNow);

function announcement(
  slug: string,
  calendar = true,
  at = now,
  change?: (data: ReturnType<typeof fixtureData>) => void,
) {
  const data = fixtureData();
  change?.(data);
  const set = contentSetOf(data);
  const catalog = createCatalog(set);
  const event = catalog.event(slug);
  const rooms = catalog.roomsOfEvent(event);
  return announcementBody({
    site: set.site,
    event,
    programme: catalog.programmeOf(event),
    rooms,
    home: rooms[0]!,
    roles: catalog.rolesOf(event),
    channelsOf: catalog.channelsOf,
    calendar,
    now: at,
  });
}

function welcome(id: string): string {
  const catalog = createCatalog(content);
  const room = catalog.room(id);
  return welcomeBody({
    site: content.site,
    room,
    condition: catalog.conditionOf(room),
    roles: catalog.rolesOf(room),
    programme: catalog.programmeOf(room),
    mottos: catalog.mottosOf(room),
    rules: catalog.rulesOf(room),
    channels: catalog.channelsOf(room),
  });
}

describe('the welcome topic of a room', () => {
  const body = welcome('scleroderma');

  it('gives the programme’s mottos and rules, where to get urgent help and a link back to the room page', () => {
    expect(body).toContain('## この部屋で大切にしていること\n\n- 不安を少しでも軽くします。');
    expect(body).toContain(
      '## この部屋のルール\n\n1. 個人が分かる情報は書かないでください。\n2. 相手を否定しないでください。',
    );
    expect(body).toContain('## 緊急のときは');
    expect(body).toContain('**よりそいホットライン** 電話 0120-279-338（24 時間）');
    expect(body).toContain('(https://hiroba.example/rooms/scleroderma/)');
    expect(body).toContain('(https://hiroba.example/help/)');
  });

  it('includes the scope note, and the chat room as another way in, marked as a shared link', () => {
    expect(body).toContain('限局性強皮症は別の病気のため対象外です。');
    expect(body).toContain(
      '[LINE オープンチャット](https://line.me/ti/g2/example?utm_source=invitation&utm_medium=link_copy&utm_campaign=default)（アプリの中で「強皮症」と検索しても見つかります）',
    );
  });

  it('states the programme’s privacy promises, who watches over the room, and who runs it', () => {
    expect(body).toContain('## プライバシーについて\n\n- ニックネームで参加できます。');
    expect(body).toContain('## 見守り\n\n運営スタッフと共同管理人が見守っています。平日は 1 日以内に対応します。');
    expect(body).toContain('希少疾患 オンラインコミュニティ（運営: サンプル株式会社 患者さん支援チーム）');
    expect(body).toContain('(https://hiroba.example/programmes/rare/)');
  });

  it('points a members-only room to the programme’s registration page as its other way in', () => {
    expect(welcome('family-parent')).toContain('[登録のページ](https://salon.federation.example/register?utm_source=');
  });
});

describe('the announcement of an event', () => {
  it('says who may join in the programme’s terms: registered members, or a room’s members through any channel', () => {
    expect(announcement('parent-2027-02')).toContain('「家族のサロン」に登録している方が参加できます。');
    expect(announcement('ssc-2026-12')).toContain(
      '「全身性強皮症 当事者・ご家族 オンラインコミュニティ」の参加者が参加できます（LINE オープンチャットでもフォーラムでも、参加のしかたは問いません）。',
    );
  });

  it('links the application form, or the programme’s registration page when people apply there', () => {
    expect(announcement('ssc-2026-12')).toContain('[申し込みフォームを開く](https://hiroba.example/apply/ssc)');
    expect(announcement('parent-2027-02')).toContain(
      '[登録のページから申し込む](https://salon.federation.example/register)',
    );
  });

  it('states date and time in Japan time, format, place, capacity, how and until when to apply, and links', () => {
    const body = announcement('parent-2027-02');
    expect(body).toContain('2027年2月13日（土）14:00〜16:00（日本時間）');
    expect(body).toContain('会場: 市民交流センター 和室');
    expect(body).toContain('定員: 12 名');
    expect(body).toContain('参加費: 300 円');
    expect(body).toContain('締め切り: 2027年2月6日（土）23:59（日本時間）');
    expect(body).toContain('(https://hiroba.example/events/parent-2027-02/)');
    expect(body).toContain('(https://hiroba.example/events/parent-2027-02.ics)');
  });

  it('carries a calendar block with the Tokyo time zone named, private to the group of a members-only room', () => {
    const body = announcement('parent-2027-02');
    expect(body).toMatch(
      /\[event start="2027-02-13 14:00" end="2027-02-13 16:00" status="private" allowedGroups="salon_parent" timezone="Asia\/Tokyo" name="親の部屋 家族交流会（2月・会場）"/,
    );
    expect(announcement('ssc-2026-12')).toMatch(/status="public" allowedGroups="trust_level_0" timezone="Asia\/Tokyo"/);
  });

  it('leaves the calendar block out where the forum has no calendar, and for a cancelled event', () => {
    expect(announcement('ssc-2026-12', false)).not.toContain('[event');
    const cancelled = announcement('ssc-2026-12', true, now, (data) => {
      data.events['ssc-2026-12']!.data['status'] = 'cancelled';
      data.events['ssc-2026-12']!.data['statusNote'] = '講師の都合で中止します。';
    });
    expect(cancelled).not.toContain('[event');
    expect(cancelled.startsWith('> **この交流会は中止になりました。**\n> 講師の都合で中止します。')).toBe(true);
    expect(cancelled).not.toContain('## お申し込み');
  });

  it('says when an event is over and stops asking for applications', () => {
    const body = announcement('ssc-2026-10');
    expect(body.startsWith('> この交流会は終わりました。')).toBe(true);
    expect(body).not.toContain('## お申し込み');
  });

  it('stops asking for applications once the deadline has passed, and says so in the page’s words', () => {
    const beforeDeadline = announcement('ssc-2026-12', true, new Date('2026-12-09T23:58:00+09:00'));
    const afterDeadline = announcement('ssc-2026-12', true, new Date('2026-12-09T23:59:00+09:00'));
    expect(beforeDeadline).toContain('## お申し込み');
    expect(afterDeadline).not.toContain('## お申し込み');
    expect(afterDeadline.startsWith(`> ${eventStateSentence['deadline-passed']}`)).toBe(true);
  });

  it('says a full event is full, with the staff’s note, and takes no applications', () => {
    const full = announcement('parent-2027-02', true, now, (data) => {
      data.events['parent-2027-02']!.data['status'] = 'full';
      data.events['parent-2027-02']!.data['statusNote'] = 'キャンセル待ちは受け付けていません。';
    });
    expect(full.startsWith(`> **${eventStateSentence.full}**\n> キャンセル待ちは受け付けていません。`)).toBe(true);
    expect(full).not.toContain('## お申し込み');
  });

  it('writes calendar times in Tokyo time whatever zone the content used', () => {
    expect(eventMarkupTime('2026-12-12T05:00:00Z')).toBe('2026-12-12 14:00');
    expect(eventMarkupTime('2026-12-31T15:30:00Z')).toBe('2027-01-01 00:30');
  });
});

describe('MDX bodies on the forum', () => {
  it('drops MDX-only module lines and comments and keeps the Markdown', () => {
    expect(mdxBodyAsMarkdown("import X from '../x';\n\n本文 {/* メモ */}です。\n\n\n\n次の段落")).toBe(
      '本文 です。\n\n次の段落',
    );
  });
});
