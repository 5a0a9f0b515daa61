import type { Review, Site } from '../schemas/index.ts';
import type { Entry } from '../model/entry.ts';
import { daysSince, isPastReview } from '../model/review.ts';
import type { FieldPath, Problem } from '../lib/problem.ts';

/** Crisis-line numbers and hours change; a review older than this is flagged. */
const crisisReviewDays = 180;

type Report = (severity: Problem['severity'], file: string, path: FieldPath, message: string) => void;

/**
 * Review dates: an information page past the day staff set to review it, and crisis resources, whose numbers and
 * hours hurt someone when wrong — flagged after half a year, refused past their own review day.
 */
export function checkPageReviews(entries: readonly Entry<Review>[], now: Date, report: Report): void {
  for (const entry of entries) {
    const { lastReviewed, reviewBy } = entry.data;
    if (reviewBy !== undefined && reviewBy < lastReviewed) {
      report(
        'warning',
        entry.file,
        ['reviewBy'],
        `次の見直し予定（${reviewBy}）が最終確認日（${lastReviewed}）より前です。reviewBy を lastReviewed より後の日にしてください。`,
      );
    } else if (isPastReview(entry.data, now)) {
      report(
        'warning',
        entry.file,
        ['reviewBy'],
        `見直しの予定日（${reviewBy}）を過ぎています。内容がいまも正しいか確かめ、lastReviewed を確かめた日に、reviewBy を次に見直す日にしてください。`,
      );
    }
  }
}

export function checkCrisisReviews(site: Site, siteFile: string, now: Date, report: Report): void {
  site.crisisResources.forEach((resource, index) => {
    const at = (field: string): FieldPath => ['crisisResources', index, field];
    if (resource.reviewBy !== undefined && isPastReview(resource, now)) {
      report(
        'error',
        siteFile,
        at('reviewBy'),
        `相談先「${resource.name}」の見直しの予定日（${resource.reviewBy}）を過ぎています。出典（source）のページで電話番号と受付時間を確かめ、lastReviewed を確かめた日に、reviewBy を次に確かめる日にしてください。`,
      );
    } else {
      const days = daysSince(resource.lastReviewed, now);
      if (days > crisisReviewDays) {
        report(
          'warning',
          siteFile,
          at('lastReviewed'),
          `相談先「${resource.name}」を最後に確かめてから ${days} 日たっています。出典（source）のページで電話番号と受付時間を確かめ、lastReviewed を確かめた日にしてください。`,
        );
      }
    }
    if (new URL(resource.source).pathname === '/') {
      report(
        'warning',
        siteFile,
        at('source'),
        `相談先「${resource.name}」の出典がトップページです。番号と受付時間が載っているページの URL を source に書いてください。`,
      );
    }
  });
}
