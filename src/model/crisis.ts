import type { CrisisResource, CrisisTier, Review } from '../schemas/index.ts';

/**
 * Urgent help, arranged by how urgent the need is (NHS.UK's urgent and emergency care cards): the first tier is
 * what to do right now, the rest is for when someone wants to talk, to write, or is young.
 */

interface TierText {
  heading: string;
  /** One line under the heading: who should use this tier. */
  lead: string;
}

const crisisTierOrder: readonly CrisisTier[] = ['emergency', 'family-crisis', 'talk', 'text', 'young'];

export const crisisTierText: Record<CrisisTier, TierText> = {
  emergency: {
    heading: '命の危険があるとき今すぐ',
    lead: 'けがや急な病気、自分やだれかを傷つけてしまいそうなときは、迷わず電話してください。',
  },
  'family-crisis': {
    heading: '家族のこころの病気が急に悪くなったとき',
    lead: '夜や休みの日に、家族の様子がいつもと大きく違うときの相談先です。暴力などで身の危険があるときは 110 番へ。',
  },
  talk: {
    heading: '今つらい・話を聞いてほしい',
    lead: '死にたい気持ちや、だれにも言えない悩みを、電話で聞いてもらえます。',
  },
  text: {
    heading: '文字で相談したい',
    lead: '声を出しにくいときは、チャットや SNS で相談できます。',
  },
  young: {
    heading: '子ども・若い人',
    lead: '子どもや若い人のための相談先です。名前を言わなくても大丈夫です。',
  },
};

export const crisisCostLabel: Record<CrisisResource['cost'], string> = {
  free: '無料',
  charged: '通話料がかかります',
};

/** The resources of each tier, tiers in order of urgency, empty tiers left out. */
export function crisisTiers(resources: readonly CrisisResource[]): { tier: CrisisTier; resources: CrisisResource[] }[] {
  return crisisTierOrder
    .map((tier) => ({ tier, resources: resources.filter((resource) => resource.tier === tier) }))
    .filter((group) => group.resources.length > 0);
}

type PhoneLine = CrisisResource & { phone: string };

/** The resources of one tier that can be called, in the order staff listed them. */
export function phoneLinesOf(resources: readonly CrisisResource[], tier: CrisisTier): PhoneLine[] {
  return resources.filter((resource): resource is PhoneLine => resource.tier === tier && resource.phone !== undefined);
}

/** What to call right now: the first tier's numbers. */
export function emergencyNumbers(resources: readonly CrisisResource[]): PhoneLine[] {
  return phoneLinesOf(resources, 'emergency');
}

/** The phone link of a number as written: `0120-279-338` → `tel:0120279338`, `#7119` → `tel:%237119`. */
export function telHref(phone: string): string {
  return `tel:${encodeURIComponent(phone.replaceAll('-', ''))}`;
}

/** The help page's own review: as old as its least recently checked resource, due when the first one is. */
export function crisisPageReview(resources: readonly CrisisResource[]): Review {
  const [oldest = ''] = resources.map((resource) => resource.lastReviewed).sort();
  const [due] = resources.flatMap((resource) => (resource.reviewBy ? [resource.reviewBy] : [])).sort();
  return { lastReviewed: oldest, reviewBy: due };
}
