import { describe, expect, it } from 'vitest';
import { desiredState, readableTextColor } from '../../../src/forum/core/desired.ts';
import { contentSetOf, fixtureData, fixtureNow } from '../support/fixture.ts';

const now = new Date(fixtureNow);

describe('the desired forum state of the content', () => {
  const desired = desiredState(contentSetOf(fixtureData()), { now, calendar: true });

  it('has a top-level category per condition and a subcategory per room, with ASCII slugs, colours and positions', () => {
    expect(
      desired.categories.map(({ key, parentKey, slug, color, position }) => ({
        key,
        parentKey,
        slug,
        color,
        position,
      })),
    ).toEqual([
      { key: 'condition:scleroderma', parentKey: null, slug: 'scleroderma', color: '4F6FA8', position: 10 },
      { key: 'condition:family', parentKey: null, slug: 'family-salon', color: '3F8A6B', position: 20 },
      { key: 'room:scleroderma', parentKey: 'condition:scleroderma', slug: 'community', color: '4F6FA8', position: 10 },
      { key: 'room:family-parent', parentKey: 'condition:family', slug: 'parent', color: '3F8A6B', position: 10 },
    ]);
  });

  it('opens public rooms to everyone and members-only rooms to their group only, which it asks to exist', () => {
    const permissions = Object.fromEntries(desired.categories.map((category) => [category.key, category.permissions]));
    expect(permissions['room:scleroderma']).toEqual({ everyone: 1 });
    expect(permissions['room:family-parent']).toEqual({ salon_parent: 1 });
    expect(desired.groups.map((group) => group.name)).toEqual(['salon_parent']);
  });

  it('describes each category with its summary as the first paragraph (what Discourse shows in lists)', () => {
    const room = desired.categories.find((category) => category.key === 'room:scleroderma')!;
    expect(room.description.split('\n\n')[0]).toBe('全身性強皮症の患者さんとご家族が話し合う部屋です。');
    expect(room.description).toContain('https://hiroba.example/rooms/scleroderma/');
  });

  it('pins each room’s welcome topic in the room’s category for good', () => {
    const welcome = desired.topics.find((topic) => topic.key === 'welcome:scleroderma')!;
    expect(welcome).toMatchObject({
      externalId: 'hiroba-welcome-scleroderma',
      categoryKey: 'room:scleroderma',
      title: '「全身性強皮症 当事者・ご家族 オンラインコミュニティ」へようこそ',
      status: { pinned: true, pinnedUntil: null, closed: false, visible: true },
    });
  });

  it('pins an upcoming event until it starts and closes a past one', () => {
    const upcoming = desired.topics.find((topic) => topic.key === 'event:ssc-2026-12')!;
    const past = desired.topics.find((topic) => topic.key === 'event:ssc-2026-10')!;
    expect(upcoming.status).toEqual({
      pinned: true,
      pinnedUntil: '2026-12-12T05:00:00.000Z',
      closed: false,
      visible: true,
    });
    expect(past.status).toEqual({ pinned: false, pinnedUntil: null, closed: true, visible: true });
    expect(upcoming.categoryKey).toBe('room:scleroderma');
  });

  it('marks and closes a cancelled event, and marks a full one', () => {
    const data = fixtureData();
    data.events['ssc-2026-12']!.data['status'] = 'cancelled';
    data.events['parent-2027-02']!.data['status'] = 'full';
    const topics = desiredState(contentSetOf(data), { now, calendar: true }).topics;
    const cancelled = topics.find((topic) => topic.key === 'event:ssc-2026-12')!;
    const full = topics.find((topic) => topic.key === 'event:parent-2027-02')!;
    expect(cancelled.title).toBe('【中止】強皮症 オンラインおしゃべり会（12月）');
    expect(cancelled.status).toEqual({ pinned: false, pinnedUntil: null, closed: true, visible: true });
    expect(full.title).toBe('【満席】親の部屋 家族交流会（2月・会場）');
    expect(full.status.closed).toBe(false);
  });

  it('keeps an event pinned after its deadline, but no longer asks for applications', () => {
    const afterDeadline = desiredState(contentSetOf(fixtureData()), {
      now: new Date('2026-12-10T12:00:00+09:00'),
      calendar: true,
    });
    const topic = afterDeadline.topics.find((candidate) => candidate.key === 'event:ssc-2026-12')!;
    expect(topic.status).toEqual({
      pinned: true,
      pinnedUntil: '2026-12-12T05:00:00.000Z',
      closed: false,
      visible: true,
    });
    expect(topic.raw).not.toContain('## お申し込み');
    expect(topic.raw).toContain('申し込みの締め切りを過ぎたため、受付を終えました。');
  });

  it('names the content file and field each forum field comes from', () => {
    const event = desired.topics.find((topic) => topic.key === 'event:ssc-2026-12')!;
    expect(event.origins.title).toEqual({ file: 'content/events/ssc-2026-12.mdx', place: ['title'] });
    const room = desired.categories.find((category) => category.key === 'room:family-parent')!;
    expect(room.origins.permissions).toEqual({ file: 'content/rooms/family-parent.mdx', place: ['forumGroup'] });
  });
});

describe('category text colours', () => {
  it('picks white on dark colours and black on light ones', () => {
    expect(readableTextColor('1A2B4C')).toBe('FFFFFF');
    expect(readableTextColor('F2E8A0')).toBe('000000');
  });
});

describe('rooms that live elsewhere than the forum', () => {
  const data = fixtureData();
  data.conditions['mpa'] = {
    data: {
      name: '顕微鏡的多発血管炎',
      reading: 'けんびきょうてきたはつけっかんえん',
      status: 'open',
      summary: 's',
      color: '#8A5A9E',
      lastReviewed: '2026-11-01',
    },
    body: '',
  };
  data.rooms['mpa'] = {
    data: {
      name: '顕微鏡的多発血管炎 当事者・ご家族 オンラインコミュニティ',
      programme: 'rare',
      condition: 'mpa',
      roles: ['patient'],
      status: 'open',
      summary: 'チャットアプリだけの部屋です。',
      channels: [{ kind: 'chat', url: 'https://line.me/ti/g2/mpa' }],
      color: '#8A5A9E',
      lastReviewed: '2026-11-01',
    },
    body: '',
  };
  data.events['mpa-2027-01'] = {
    data: { ...data.events['ssc-2026-12']!.data, title: 'MPA 交流会（1月）', rooms: ['mpa'] },
    body: '',
  };
  const desired = desiredState(contentSetOf(data), { now, calendar: true });

  it('have no category, welcome topic or announcement there, nor does a condition whose only room is one', () => {
    expect(desired.categories.map((category) => category.key)).not.toContain('room:mpa');
    expect(desired.categories.map((category) => category.key)).not.toContain('condition:mpa');
    expect(desired.topics.map((topic) => topic.key)).not.toContain('welcome:mpa');
    expect(desired.topics.map((topic) => topic.key)).not.toContain('event:mpa-2027-01');
  });

  it('are listed, with their events, so the sync can say it leaves them off the forum', () => {
    expect(desired.offForum.rooms.map((room) => room.id)).toEqual(['mpa']);
    expect(desired.offForum.events.map((event) => event.id)).toEqual(['mpa-2027-01']);
  });
});
