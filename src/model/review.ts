import { tokyoDay } from '../lib/japanese-date.ts';
import type { Review } from '../schemas/index.ts';

/** Whole days from a calendar day (midnight in Tokyo) to a moment. */
export function daysSince(day: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${day}T00:00:00+09:00`)) / 86_400_000);
}

/** A page is past its review once the day staff set for it has gone by in Tokyo. */
export function isPastReview(review: Pick<Review, 'reviewBy'>, now: Date): boolean {
  return review.reviewBy !== undefined && tokyoDay(now) > review.reviewBy;
}
