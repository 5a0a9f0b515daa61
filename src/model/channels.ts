import type {
  Campaign,
  ChannelKind,
  Medium,
  Programme,
  ProgrammeChannel,
  Room,
  RoomChannel,
  Site,
} from '../schemas/index.ts';
import type { Entry } from './entry.ts';
import { forumEntryUrl, type ForumRoomAddress } from './urls.ts';

/**
 * A way into a room, as the room's programme offers it and the room uses it: the programme's shared settings with
 * the room's own link and words on top. Pages, flyers, QR codes and the forum's welcome post all show these.
 */
export type JoinChannel =
  | { kind: 'forum'; address: ForumRoomAddress; membersOnly: boolean; tracking: boolean }
  | {
      kind: 'chat';
      app: string;
      url: string;
      searchWord: string | undefined;
      searchTab: string | undefined;
      tracking: boolean;
    }
  | { kind: 'registration'; url: string; label: string | undefined; tracking: boolean };

/** A channel a room asks for that its programme does not offer, or a chat room without its link. */
export interface ChannelMismatch {
  index: number;
  kind: ChannelKind;
}

/** What a room uses when it names no channels: what needs nothing of the room's own. */
const usedByDefault: readonly RoomChannel[] = [{ kind: 'registration' }, { kind: 'forum' }];

/**
 * The room's channels in the order its page shows them, each merged with what the programme offers for its kind.
 * A kind the programme does not offer is left out and reported as a mismatch.
 */
export function resolveChannels(
  room: Entry<Room>,
  programme: Entry<Programme>,
  forumAddress: ForumRoomAddress,
): { channels: JoinChannel[]; mismatches: ChannelMismatch[] } {
  const offered = programme.data.channels;
  const offers = (kind: ChannelKind) => offered.some((channel) => channel.kind === kind);
  const wanted = room.data.channels ?? usedByDefault.filter((channel) => offers(channel.kind));
  const channels: JoinChannel[] = [];
  const mismatches: ChannelMismatch[] = [];
  wanted.forEach((own, index) => {
    const merged = merge(own, offered, room, forumAddress);
    if (merged) channels.push(merged);
    else mismatches.push({ index, kind: own.kind });
  });
  return { channels, mismatches };
}

function offer<K extends ChannelKind>(offered: readonly ProgrammeChannel[], kind: K) {
  return offered.find((channel): channel is Extract<ProgrammeChannel, { kind: K }> => channel.kind === kind);
}

function merge(
  own: RoomChannel,
  offered: readonly ProgrammeChannel[],
  room: Entry<Room>,
  address: ForumRoomAddress,
): JoinChannel | undefined {
  switch (own.kind) {
    case 'forum': {
      const shared = offer(offered, 'forum');
      return (
        shared && { kind: 'forum', address, membersOnly: room.data.visibility === 'members', tracking: shared.tracking }
      );
    }
    case 'registration': {
      const shared = offer(offered, 'registration');
      return (
        shared && { kind: 'registration', url: own.url ?? shared.url, label: shared.label, tracking: shared.tracking }
      );
    }
    case 'chat': {
      const shared = offer(offered, 'chat');
      return (
        shared && {
          kind: 'chat',
          app: shared.app,
          url: own.url,
          searchWord: own.searchWord,
          searchTab: shared.searchTab,
          tracking: own.tracking ?? shared.tracking,
        }
      );
    }
  }
}

/** Where a channel leads before any campaign marks: the forum entry, the chat room, the registration page. */
function channelUrl(site: Pick<Site, 'forum'>, channel: JoinChannel): string {
  return channel.kind === 'forum' ? forumEntryUrl(site, channel.address) : channel.url;
}

/**
 * The link a QR code, a flyer, a page button or a shared link offers: the channel's URL with the programme's
 * campaign marks for that medium, unless the channel opts out. Parameters already in the link stay; each campaign
 * parameter appears once.
 */
export function joinLink(site: Pick<Site, 'forum'>, campaign: Campaign, channel: JoinChannel, medium: Medium): string {
  const url = new URL(channelUrl(site, channel));
  if (!channel.tracking) return url.href;
  url.searchParams.set('utm_source', campaign.source);
  url.searchParams.set('utm_medium', campaign.media[medium]);
  url.searchParams.set('utm_campaign', campaign.campaign);
  return url.href;
}

/** What the button that joins through a channel says. */
export function channelAction(channel: JoinChannel, programme: Pick<Programme, 'name'>): string {
  switch (channel.kind) {
    case 'forum':
      return channel.membersOnly ? 'フォーラムの部屋に参加を申し込む' : 'フォーラムの部屋を開く';
    case 'chat':
      return `${channel.app}の部屋に参加する`;
    case 'registration':
      return channel.label ?? `${programme.name}に登録する`;
  }
}

/** The channel's name as headings and lists say it. */
export function channelName(channel: JoinChannel): string {
  switch (channel.kind) {
    case 'forum':
      return 'フォーラム';
    case 'chat':
      return channel.app;
    case 'registration':
      return '登録のページ';
  }
}

/** Three short steps to join through a channel: what a flyer prints and a room page summarises. */
export function channelSteps(
  channel: JoinChannel,
  programme: Pick<Programme, 'name' | 'registration' | 'channels'>,
): string[] {
  switch (channel.kind) {
    case 'chat':
      return [
        'スマートフォンのカメラで QR コードを読み取ります。',
        channel.searchWord
          ? `または ${channel.app.replace(/ .*/, '')} の検索で「${channel.searchWord}」と入れ、` +
            `${channel.searchTab ? `「${channel.searchTab}」のタブを開きます。` : '部屋を選びます。'}`
          : 'アプリが開いたら、部屋の名前を確かめます。',
        'この部屋だけのニックネームで参加します。本名は要りません。',
      ];
    case 'forum':
      return [
        'スマートフォンのカメラで QR コードを読み取ります。',
        'メールアドレスとニックネームで、フォーラムのアカウントを作ります（無料）。本名は要りません。',
        !channel.membersOnly
          ? '読むだけでも大丈夫です。話したくなったら、ひとこと書いてみてください。'
          : programme.channels.some((offered) => offered.kind === 'registration')
            ? `「${programme.name}」への登録がすむと、部屋が読めるようになります。`
            : '「参加を申し込む」を押すと、スタッフが確かめてから部屋に入れます。',
      ];
    case 'registration':
      return [
        'スマートフォンのカメラで QR コードを読み取ります。',
        `登録のページで、ニックネームとあなたの立場を書いて送ります（${programme.registration.fee}）。`,
        programme.registration.review ?? '登録が終わると、部屋に入れるようになります。',
      ];
  }
}
