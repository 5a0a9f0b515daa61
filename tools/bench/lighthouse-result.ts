/**
 * What a Lighthouse audit of a page reports, in the bench's own terms. Kept apart from lighthouse-run.ts, which
 * needs the bench's own packages (tools/bench/package.json): the report and its tests read these without them.
 */

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type LighthouseCategory = (typeof lighthouseCategories)[number];

export interface LighthousePage {
  label: string;
  path: string;
}

export interface LighthouseResult extends LighthousePage {
  /** 0–100 per category; undefined when the category could not be scored. */
  scores: Partial<Record<LighthouseCategory, number>>;
  /** Audits of those categories that did not pass, with what Lighthouse says about them. */
  failedAudits: { id: string; title: string; score: number | null; displayValue?: string; examples: string[] }[];
  warnings: string[];
  /** Requests the page made to anywhere but the local server: there should be none (no trackers, no CDNs). */
  externalRequests: string[];
  error?: string;
}

/** Audits the pages of the site built in distDir and writes each page's full report into reportDir. */
export type RunLighthouse = (
  distDir: string,
  pages: LighthousePage[],
  reportDir: string,
) => Promise<LighthouseResult[]>;
