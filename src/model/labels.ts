import type { CommunityStatus } from '../schemas/index.ts';

/** The Japanese words pages use for a community's status. An event's words live with its state in events.ts. */
export const communityStatusLabel: Record<CommunityStatus, string> = {
  open: '参加できます',
  preparing: '準備中',
  closed: '終了しました',
};
