import { describe, expect, it } from 'vitest';
import { channelAction, channelSteps, joinLink, resolveChannels, type JoinChannel } from '../../src/model/channels.ts';
import type { Entry } from '../../src/model/entry.ts';
import { programmeSchema, roomSchema, type Campaign, type Programme, type Room } from '../../src/schemas/index.ts';

const site = { forum: { url: 'https://forum.hiroba.example/', calendarEvents: false } };
const campaign: Campaign = {
  source: 'invitation',
  campaign: 'default',
  media: { qr: 'qr_code', flyer: 'flyer', page: 'web_page', share: 'link_copy' },
};
const publicForum: JoinChannel = {
  kind: 'forum',
  address: { conditionForumSlug: 'scleroderma', roomForumSlug: 'community' },
  membersOnly: false,
  tracking: true,
};
const membersForum: JoinChannel = {
  kind: 'forum',
  address: { conditionForumSlug: 'family-salon', roomForumSlug: 'parent', group: 'salon_parent' },
  membersOnly: true,
  tracking: true,
};
const chat: JoinChannel = {
  kind: 'chat',
  app: 'LINE オープンチャット',
  url: 'https://line.me/ti/g2/abc?ref=room',
  searchWord: '強皮症',
  searchTab: 'オープンチャット',
  tracking: true,
};
const marks = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('joinLink, the link a page, flyer, QR code or shared message offers to join a room', () => {
  it('opens the category of a public room, as Discourse addresses a subcategory, with the campaign parameters', () => {
    expect(joinLink(site, campaign, publicForum, 'share')).toBe(
      'https://forum.hiroba.example/c/scleroderma/community/?utm_source=invitation&utm_medium=link_copy&utm_campaign=default',
    );
  });

  it('opens the group page of a members-only room, where newcomers ask to join, since its category is hidden', () => {
    expect(joinLink(site, campaign, membersForum, 'share')).toBe(
      'https://forum.hiroba.example/g/salon_parent?utm_source=invitation&utm_medium=link_copy&utm_campaign=default',
    );
  });

  it.each([
    ['qr', 'qr_code'],
    ['flyer', 'flyer'],
    ['page', 'web_page'],
    ['share', 'link_copy'],
  ] as const)('tells a %s apart by its utm_medium (%s)', (medium, value) => {
    expect(marks(joinLink(site, campaign, publicForum, medium))).toEqual({
      utm_source: 'invitation',
      utm_medium: value,
      utm_campaign: 'default',
    });
  });

  it('carries whatever campaign values the programme gives', () => {
    const own: Campaign = { ...campaign, source: 'salon', campaign: 'clinic-2027' };
    expect(marks(joinLink(site, own, publicForum, 'qr'))).toEqual({
      utm_source: 'salon',
      utm_medium: 'qr_code',
      utm_campaign: 'clinic-2027',
    });
  });

  it('keeps a link’s own parameters and writes each campaign parameter once', () => {
    const tagged: JoinChannel = { ...chat, url: 'https://line.me/ti/g2/abc?ref=room&utm_medium=old&utm_medium=older' };
    const url = new URL(joinLink(site, campaign, tagged, 'flyer'));
    expect(url.searchParams.get('ref')).toBe('room');
    expect(url.searchParams.getAll('utm_medium')).toEqual(['flyer']);
    expect(url.searchParams.getAll('utm_source')).toEqual(['invitation']);
  });

  it('leaves the link as it is for a channel that opts out of campaign marks', () => {
    expect(joinLink(site, campaign, { ...chat, tracking: false }, 'qr')).toBe('https://line.me/ti/g2/abc?ref=room');
  });

  it('gives the same link whether or not the forum URL ends with a slash', () => {
    const withoutSlash = { forum: { ...site.forum, url: 'https://forum.hiroba.example' } };
    expect(joinLink(withoutSlash, campaign, publicForum, 'qr')).toBe(joinLink(site, campaign, publicForum, 'qr'));
    expect(joinLink(withoutSlash, campaign, membersForum, 'qr')).toBe(joinLink(site, campaign, membersForum, 'qr'));
  });

  it('keeps a forum that lives in a sub-folder inside that folder', () => {
    const subfolder = { forum: { ...site.forum, url: 'https://example.org/forum' } };
    expect(joinLink(subfolder, campaign, publicForum, 'page')).toMatch(
      /^https:\/\/example\.org\/forum\/c\/scleroderma\/community\/\?utm_source=/,
    );
  });
});

const programme = (channels: unknown[]): Entry<Programme> => ({
  id: 'p',
  file: 'content/programmes/p.mdx',
  body: '',
  data: programmeSchema.parse({
    name: '家族のサロン',
    summary: 's',
    audience: 'a',
    operator: { name: 'o', email: 'o@example.jp' },
    mottos: ['m'],
    rules: ['r'],
    privacy: ['p'],
    registration: { who: 'w', anonymous: true, how: 'h', review: '2〜3 日でお返事します。' },
    moderation: { by: 'b', response: 'r' },
    channels,
    lastReviewed: '2026-11-01',
  }),
});
const room = (fields: Record<string, unknown>): Entry<Room> => ({
  id: 'r',
  file: 'content/rooms/r.mdx',
  body: '',
  data: roomSchema.parse({
    name: '部屋',
    programme: 'p',
    condition: 'c',
    roles: ['parent'],
    status: 'open',
    summary: 's',
    color: '#123456',
    lastReviewed: '2026-11-01',
    ...fields,
  }),
});
const address = { conditionForumSlug: 'c', roomForumSlug: 'r' };

describe('a room’s ways in, from its programme and its own file', () => {
  const offered = [
    { kind: 'chat', app: 'LINE オープンチャット', searchTab: 'オープンチャット' },
    { kind: 'registration', url: 'https://salon.example/register', label: '登録する' },
    { kind: 'forum' },
  ];

  it('uses the programme’s registration page and forum when the room names no channel, registration first', () => {
    const { channels, mismatches } = resolveChannels(room({}), programme(offered), address);
    expect(channels.map((channel) => channel.kind)).toEqual(['registration', 'forum']);
    expect(channels[0]).toMatchObject({ url: 'https://salon.example/register', label: '登録する' });
    expect(mismatches).toEqual([]);
  });

  it('keeps the room’s order and merges what the room writes with what the programme shares', () => {
    const own = room({
      channels: [{ kind: 'chat', url: 'https://line.me/ti/g2/x', searchWord: '強皮症' }, { kind: 'forum' }],
    });
    const { channels } = resolveChannels(own, programme(offered), address);
    expect(channels).toEqual([
      {
        kind: 'chat',
        app: 'LINE オープンチャット',
        url: 'https://line.me/ti/g2/x',
        searchWord: '強皮症',
        searchTab: 'オープンチャット',
        tracking: true,
      },
      { kind: 'forum', address, membersOnly: false, tracking: true },
    ]);
  });

  it('lets a room use its own registration page and a chat room opt out of campaign marks', () => {
    const own = room({
      channels: [
        { kind: 'registration', url: 'https://salon.example/register/child' },
        { kind: 'chat', url: 'https://line.me/ti/g2/y', tracking: false },
      ],
    });
    const { channels } = resolveChannels(own, programme(offered), address);
    expect(channels.map((channel) => ('url' in channel ? channel.url : ''))).toEqual([
      'https://salon.example/register/child',
      'https://line.me/ti/g2/y',
    ]);
    expect(channels[1]?.tracking).toBe(false);
  });

  it('reports a kind the programme does not offer, by its place in the room’s list, and leaves it out', () => {
    const own = room({ channels: [{ kind: 'forum' }, { kind: 'chat', url: 'https://line.me/ti/g2/z' }] });
    const { channels, mismatches } = resolveChannels(own, programme([{ kind: 'forum' }]), address);
    expect(channels.map((channel) => channel.kind)).toEqual(['forum']);
    expect(mismatches).toEqual([{ index: 1, kind: 'chat' }]);
  });

  it('marks a members-only room’s forum channel, whose link is the group page', () => {
    const { channels } = resolveChannels(
      room({ visibility: 'members', forumGroup: 'salon_parent' }),
      programme(offered),
      {
        ...address,
        group: 'salon_parent',
      },
    );
    expect(channels.find((channel) => channel.kind === 'forum')).toMatchObject({ membersOnly: true });
  });
});

describe('what a way in says', () => {
  const salon = programme([{ kind: 'registration', url: 'https://salon.example/register' }, { kind: 'forum' }]).data;
  const rare = programme([{ kind: 'chat', app: 'LINE オープンチャット' }, { kind: 'forum' }]).data;

  it('names the action of each button in plain words', () => {
    expect(channelAction(chat, salon)).toBe('LINE オープンチャットの部屋に参加する');
    expect(channelAction(publicForum, salon)).toBe('フォーラムの部屋を開く');
    expect(channelAction(membersForum, salon)).toBe('フォーラムの部屋に参加を申し込む');
    expect(
      channelAction({ kind: 'registration', url: 'https://x.example/', label: undefined, tracking: true }, salon),
    ).toBe('家族のサロンに登録する');
  });

  it('gives three steps, with the chat app’s search word and tab', () => {
    const steps = channelSteps(chat, rare);
    expect(steps).toHaveLength(3);
    expect(steps[1]).toBe('または LINE の検索で「強皮症」と入れ、「オープンチャット」のタブを開きます。');
  });

  it('says a members-only forum room opens after registering when the programme has registration', () => {
    expect(channelSteps(membersForum, salon)[2]).toBe('「家族のサロン」への登録がすむと、部屋が読めるようになります。');
    expect(channelSteps(membersForum, rare)[2]).toContain('「参加を申し込む」');
  });
});
