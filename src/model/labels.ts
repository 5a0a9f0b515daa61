import type { CommunityStatus } from '../schemas/index.ts';
import type { EventStateKind } from './event-state.ts';
import type { NoticeKind } from './palette.ts';

/**
 * What each kind of notice is called: the short tag it shows beside its icon (also the badge in a list), and the
 * name a screen reader announces it by. One word per meaning, on every page.
 */
export const noticeLabel: Record<NoticeKind, { tag: string; name: string }> = {
  help: { tag: '緊急のとき', name: '緊急のときの相談先' },
  cancelled: { tag: '中止', name: '中止のお知らせ' },
  full: { tag: '満席', name: '満席のお知らせ' },
  closed: { tag: '受付終了', name: '申し込みの受付終了のお知らせ' },
  ended: { tag: '終了', name: '終了のお知らせ' },
  preparing: { tag: '準備中', name: '準備中のお知らせ' },
  scope: { tag: '対象', name: '対象についての注意' },
};

/** The notice an event that no longer takes applications carries, by why it does not. */
export const eventNoticeKind: Record<Exclude<EventStateKind, 'accepting'>, NoticeKind> = {
  cancelled: 'cancelled',
  full: 'full',
  'deadline-passed': 'closed',
  ended: 'ended',
};

/** The notice a condition or room that is not open carries (and its badge in lists); an open one carries none. */
export const communityNoticeKind: Record<CommunityStatus, NoticeKind | undefined> = {
  open: undefined,
  preparing: 'preparing',
  closed: 'ended',
};
