import { dirname, join } from 'node:path';
import type { BuiltPage } from '../lib/built-pages.ts';
import { insideSite } from '../model/urls.ts';
import { ogImagePath } from './paths.ts';
import { placeShareCard, shareCardCacheDir, shareCardKey } from './cache.ts';
import { forEachInParallel } from '../lib/in-parallel.ts';
import { folderMaker, placeIfKept, placeKeptFile, pruneKept } from '../lib/kept-files.ts';
import { readShareMeta } from './share-meta-html.ts';
import type { ShareCardText } from './share-card.ts';

/** One share image to make: which page asked for it, where it goes in the build output, and what it says. */
export interface ShareImageJob {
  page: string;
  file: string;
  text: ShareCardText;
}

export interface ShareImagePlan {
  jobs: ShareImageJob[];
  /** Pages that show a picture the site has instead of a card of their own (a flyer): its file must be there. */
  pictures: { page: string; file: string }[];
  /** Pages that name no share image of this site; the build reports them. */
  withoutImage: string[];
}

/**
 * What a page shows when it is shared: a card of its own, drawn at `inside` the build output; another picture of the
 * site (a flyer), which is never drawn over; or no image of this site.
 */
export type PageShareImage =
  { kind: 'card'; inside: string; text: ShareCardText } | { kind: 'picture'; inside: string } | { kind: 'none' };

/**
 * The share image a built page points to. `siteUrl` is the published site, base included
 * (https://example.github.io/hiroba/): an image at …/hiroba/og/x.png is written to og/x.png in the build output.
 * A page gets a card drawn only at its own card's place (./paths.ts).
 */
export function pageShareImage({ file: page, html }: BuiltPage, siteUrl: string): PageShareImage {
  const site = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  const meta = readShareMeta(html);
  const image = meta ? new URL(meta.image) : undefined;
  if (!meta || !image || !image.href.startsWith(site.href)) return { kind: 'none' };
  const inside = decodeURIComponent(image.pathname.slice(site.pathname.length));
  if (inside !== insideSite(ogImagePath(page))) return { kind: 'picture', inside };
  const { image: _image, ...text } = meta;
  return { kind: 'card', inside, text: { ...text, host: site.host } };
}

/** Lists the share images the built pages point to (pageShareImage), each with its file in `distDir`. */
export function planShareImages(pages: readonly BuiltPage[], distDir: string, siteUrl: string): ShareImagePlan {
  const plan: ShareImagePlan = { jobs: [], pictures: [], withoutImage: [] };
  for (const page of pages) {
    const image = pageShareImage(page, siteUrl);
    if (image.kind === 'none') plan.withoutImage.push(page.file);
    else if (image.kind === 'picture') plan.pictures.push({ page: page.file, file: join(distDir, image.inside) });
    else plan.jobs.push({ page: page.file, file: join(distDir, image.inside), text: image.text });
  }
  return plan;
}

export interface RenderReport {
  rendered: number;
  reused: number;
  /** Pages that show the same card as another page: its image is written for them too, not drawn again. */
  shared: number;
  /** Cards no longer used, removed from the cache (../lib/kept-files.ts pruneKept). */
  pruned: number;
  milliseconds: number;
}

/** One distinct card and every file that shows it. */
interface Card {
  text: ShareCardText;
  files: [string, ...string[]];
}

/** The jobs by card: pages whose cards would be the same image (same key) share one card. */
function cardsOf(jobs: readonly ShareImageJob[], code: string): Card[] {
  const cards = new Map<string, Card>();
  for (const job of jobs) {
    const key = shareCardKey(job.text, code);
    const card = cards.get(key);
    if (card) card.files.push(job.file);
    else cards.set(key, { text: job.text, files: [job.file] });
  }
  return [...cards.values()];
}

/** Draws and keeps the cards the cache lacks, before they are placed. */
export type DrawCards = (texts: ShareCardText[], code: string, cacheDir: string) => Promise<unknown>;

/**
 * Places every page's card from the cache, a few at a time; the cards the cache lacks are first drawn by
 * `drawMissing` (the build draws them in a worker, ./draw-worker.ts, while its main thread adds readings and builds
 * the search index), then placed. A card the drawing did not keep is drawn here, so none is ever missing. Each
 * distinct card is drawn once. `code` is the fingerprint of the image code (./cache.ts).
 */
export async function writeShareImages(
  jobs: ShareImageJob[],
  code: string,
  drawMissing: DrawCards,
  cacheDir = shareCardCacheDir,
  inFlight = 4,
): Promise<RenderReport> {
  const started = performance.now();
  const cards = cardsOf(jobs, code);
  const report: RenderReport = {
    rendered: 0,
    reused: 0,
    shared: jobs.length - cards.length,
    pruned: 0,
    milliseconds: 0,
  };
  const used = new Set<string>();
  const folder = folderMaker();
  const placeOthers = async (card: Card, cached: string) => {
    used.add(cached);
    for (const file of card.files.slice(1)) await placeKeptFile(cached, file);
  };
  const missing: Card[] = [];
  await forEachInParallel(cards, inFlight, async (card) => {
    await Promise.all(card.files.map((file) => folder(dirname(file))));
    const cached = await placeIfKept(card.files[0], shareCardKey(card.text, code), cacheDir);
    if (cached) await placeOthers(card, cached);
    else missing.push(card);
  });
  report.reused = cards.length - missing.length;
  if (missing.length > 0)
    await drawMissing(
      missing.map((card) => card.text),
      code,
      cacheDir,
    );
  await forEachInParallel(missing, inFlight, async (card) => {
    const { file: cached } = await placeShareCard(card.files[0], card.text, code, cacheDir);
    await placeOthers(card, cached);
  });
  report.rendered = missing.length;
  report.pruned = await pruneKept(cacheDir, used);
  report.milliseconds = Math.round(performance.now() - started);
  return report;
}
