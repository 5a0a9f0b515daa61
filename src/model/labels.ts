import type { EventState } from './events.ts';
import type { CommunityStatus, EventFormat } from '../schemas/index.ts';

/** The Japanese words pages use for the content model's values. */

export const communityStatusLabel: Record<CommunityStatus, string> = {
  open: '参加できます',
  preparing: '準備中',
  closed: '終了しました',
};

export const eventFormatLabel: Record<EventFormat, string> = {
  online: 'オンライン',
  offline: '会場',
  hybrid: '会場とオンライン',
};

export const eventStateLabel: Record<EventState, string> = {
  accepting: '申し込み受付中',
  'deadline-passed': '申し込みの受付は終わりました',
  full: '満席',
  cancelled: '中止',
  ended: '終わりました',
};
