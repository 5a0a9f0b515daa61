import { z } from 'astro/zod';
import { day, httpsUrl, text } from './common.ts';

/**
 * When an information page was last checked and by whom (NHS.UK's standard for health content: last checked,
 * next review, publisher named). Spread into the schema of every kind of information page.
 */
export const reviewFields = {
  lastReviewed: day.describe('内容を最後に確かめた日。ページに「最終確認日」として出ます。例: 2026-11-23'),
  reviewBy: day
    .optional()
    .describe('次に見直す予定の日。ページに「次の見直し予定」として出て、過ぎると npm run check が注意を出します。'),
  reviewedBy: text.optional().describe('内容を確かめた人や団体。例: 運営スタッフ（患者会の監修を受けています）'),
};

/** The review dates of a page, as the checker and the page read them. */
export interface Review {
  lastReviewed: string;
  reviewBy?: string | undefined;
  reviewedBy?: string | undefined;
}

/** A public page that backs what a page says, e.g. 難病情報センター's page of a designated intractable disease. */
export const sourceSchema = z.strictObject({
  name: text.describe('出典の名前。例: 難病情報センター「顕微鏡的多発血管炎（指定難病43）」'),
  url: httpsUrl.describe('出典のページの URL（その内容が書かれているページ）。'),
});
