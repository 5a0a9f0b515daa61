import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forumState } from '../support/harness.ts';
import { openCommunity, person, textOf, topicOf, type Community } from './community.ts';

/*
 * An event's life on the forum: announced and pinned, moved, full, cancelled, over, gone from the content. What
 * people act on — whether it takes place, when, where — always reaches the forum, even after a moderator edited
 * the announcement by hand.
 */

let community: Community;
beforeAll(async () => {
  community = await openCommunity();
});
afterAll(() => community.close());

const announcement = () => topicOf(community.forum, 'hiroba-event-ssc-2026-12');
const moderator = () => person(community.forum, 'forum_moderator');

describe('an event through its life', () => {
  it('is announced: pinned until it starts, with its calendar entry', async () => {
    expect((await community.apply()).code).toBe(0);
    expect(announcement()).toMatchObject({ pinned: true, pinnedUntil: '2026-12-12T05:00:00.000Z', closed: false });
    expect(announcement().raw).toContain('timezone="Asia/Tokyo"');
  });

  it('moves to another day: the text says the new date and the pin lasts until then, in two writes', async () => {
    await community.edit((content) => {
      Object.assign(content.events['ssc-2026-12']!.data, {
        start: '2026-12-19T14:00:00+09:00',
        end: '2026-12-19T15:30:00+09:00',
      });
    });
    const run = await community.apply();
    expect(run.code).toBe(0);
    expect(announcement()).toMatchObject({ pinned: true, pinnedUntil: '2026-12-19T05:00:00.000Z' });
    expect(announcement().raw).toContain('2026年12月19日');
    expect(run.report.writes).toBe(2);
  });

  it('fills up: the title says so', async () => {
    await community.edit((content) => {
      content.events['ssc-2026-12']!.data['status'] = 'full';
    });
    expect((await community.apply()).code).toBe(0);
    expect(announcement().title).toBe('【満席】強皮症 オンラインおしゃべり会（12月）');
  });

  it('keeps a moderator’s edit of the announcement while nothing people act on changes', async () => {
    await moderator().editFirstPost('hiroba-event-ssc-2026-12', (raw) =>
      raw.replace('冬の過ごし方', '冬の過ごし方（手袋の選び方も）'),
    );
    await community.edit((content) => {
      content.events['ssc-2026-12']!.data['capacity'] = 16;
    });
    const run = await community.apply();
    expect(run.code).toBe(1);
    expect(run.item('event:ssc-2026-12')).toMatchObject({ action: 'conflict', outcome: 'skipped' });
    expect(run.item('event:ssc-2026-12').kept).toEqual([
      {
        field: 'body',
        forum: null,
        path: `/t/${announcement().id}`,
        url: `${community.forum.url}/t/${announcement().id}`,
      },
    ]);
    expect(announcement().raw).toContain('手袋の選び方も');
  });

  it('is cancelled: marked, closed, unpinned and out of the calendar, over the moderator’s edit', async () => {
    await community.edit((content) => {
      Object.assign(content.events['ssc-2026-12']!.data, {
        status: 'cancelled',
        statusNote: '講師の体調不良のため中止します。',
      });
    });
    const run = await community.apply();
    expect(run.code).toBe(0);
    expect(announcement()).toMatchObject({
      title: '【中止】強皮症 オンラインおしゃべり会（12月）',
      pinned: false,
      closed: true,
    });
    expect(announcement().raw).toContain('講師の体調不良のため中止します。');
    expect(announcement().raw).not.toContain('[event');
    expect(textOf(announcement().raw)).not.toContain('手袋の選び方も');
    expect(run.item('event:ssc-2026-12').notes.join()).toContain('編集履歴に残ります');
    // Title and text in one write, then the pin and the closing.
    expect(run.report.writes).toBe(3);
  });

  it('is over: another event closes and unpins when it has ended', async () => {
    community.at('2027-02-14T10:00:00+09:00');
    const run = await community.apply();
    expect(run.code).toBe(0);
    expect(topicOf(community.forum, 'hiroba-event-parent-2027-02')).toMatchObject({ pinned: false, closed: true });
    expect(topicOf(community.forum, 'hiroba-event-parent-2027-02').raw).toContain('この交流会は終わりました。');
  });

  it('is removed from the content: its announcement is closed and left listed, never deleted, and then left be', async () => {
    community.at('2026-11-23T12:00:00+09:00');
    await community.edit((content) => {
      content.events['parent-2027-02']!.data['summary'] = 'まだ先の交流会です。';
    });
    expect((await community.apply()).code).toBe(0);
    expect(topicOf(community.forum, 'hiroba-event-parent-2027-02')).toMatchObject({ pinned: true, closed: false });

    await community.edit((content) => {
      delete content.events['parent-2027-02'];
    });
    const plan = await community.plan();
    expect(plan.item('event:parent-2027-02')).toMatchObject({ action: 'orphaned', outcome: 'planned' });
    expect(plan.item('event:parent-2027-02').notes.join()).toContain('固定を外して閉じます');
    const run = await community.apply();
    expect(run.code).toBe(0);
    expect(topicOf(community.forum, 'hiroba-event-parent-2027-02')).toMatchObject({
      pinned: false,
      closed: true,
      visible: true,
    });
    // The unpinning, the closing, and the marker noting them.
    expect(run.report.writes).toBe(3);
    const again = await community.apply();
    expect({ code: again.code, writes: again.report.writes }).toEqual({ code: 0, writes: 0 });
    expect(forumState(community.forum).liveTopicCount).toBe(4 + 5);
  });
});
