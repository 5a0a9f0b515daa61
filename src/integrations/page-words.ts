import type { AstroIntegrationLogger } from 'astro';
import { builtPagesOf, type BuiltPage, type BuiltPages } from '../lib/built-pages.ts';
import { loadReadingAnalyzer } from '../furigana/readings.ts';
import { answerInWorker, prestartWorker, startWorker, workerWarmUp } from '../lib/worker-task.ts';
import type { ContentSet } from '../model/entry.ts';
import { checkedContent, keepCheckedContent } from './checked-catalog.ts';
import { addFurigana } from './furigana.ts';
import { indexForSearch } from './search-index.ts';

/**
 * The steps after the build that read the pages' words, furigana then the search index (which reads the pages as
 * furigana left them), in a worker: the build's main thread is left with only the share images to place, and the
 * worker's heap holds the pages and the content, not all of Astro's build. Measured on the national bench set: the
 * two took 1.5 and 7.2 s on the main thread of a cold build, 0.75 and 4.1 s in a process of their own; cold builds
 * 48.7 and 50.9 s before, 43.8 and 42.7 s after (warm ones the same within the machine's noise).
 * The worker is started before the build has its pages (first of all, ./early-workers.ts, else as the build
 * starts), so that its modules are loaded by the time it is handed them: warm national builds, three of each by
 * turns, 2.42, 2.46 and 2.72 s from the last page to the index against 2.05, 2.22 and 2.11 s. (Reading the pages
 * itself beside the share images, rather than being handed the 110 MB of them, was no faster: 2.48, 2.45 and
 * 2.44 s.)
 * This module is both sides: the build asks startPageWords, and the worker, started on this same file, answers.
 */
interface PageWordsOrder {
  root: string;
  distDir: string;
  /** The content the check before the build passed, so the worker need not read it again. */
  content: ContentSet | undefined;
  pages: readonly BuiltPage[];
}

/** A line one of the steps said in the worker, said again by the build's logger of that step. */
interface SaidLine {
  step: 'furigana' | 'search-index';
  level: 'info' | 'warn';
  message: string;
}

/** Adds the readings to the built pages and indexes them, then says what the two steps said. */
export type PageWords = (
  built: BuiltPages,
  distDir: string,
  root: string,
  logger: AstroIntegrationLogger,
) => Promise<void>;

const pageWordsWorker = new URL(import.meta.url);

/** What a worker started ahead is told to get ready for: kuromoji's dictionary, for a build with no readings kept. */
const readingsWarmUp = 'load-readings';

/**
 * Starts the worker before the build knows its pages (./early-workers.ts); on a first build (`loadReadings`), with
 * no readings kept from an earlier one, it loads kuromoji's dictionary meanwhile, which the furigana step would
 * otherwise load once the pages are built.
 */
export function prestartPageWords({ loadReadings }: { loadReadings: boolean }): void {
  prestartWorker(pageWordsWorker, loadReadings ? readingsWarmUp : undefined);
}

/** Starts the worker that adds the readings and builds the search index, to be given the pages once they are built. */
export function startPageWords(): PageWords {
  const addPageWordsInWorker = startWorker<PageWordsOrder, SaidLine[]>(pageWordsWorker);
  return async (built, distDir, root, logger) => {
    const said = await addPageWordsInWorker({ root, distDir, content: checkedContent(root), pages: built.pages });
    for (const { step, level, message } of said) logger.fork(`hiroba:${step}`)[level](message);
  };
}

async function addPageWords(order: PageWordsOrder): Promise<SaidLine[]> {
  if (order.content) keepCheckedContent(order.root, order.content);
  const said: SaidLine[] = [];
  const sayAs = (step: SaidLine['step']) => ({
    info: (message: string) => said.push({ step, level: 'info', message }),
    warn: (message: string) => said.push({ step, level: 'warn', message }),
  });
  const built = builtPagesOf(order.distDir, order.pages);
  await addFurigana(built, order.root, sayAs('furigana'));
  await indexForSearch(built, order.distDir, order.root, sayAs('search-index'));
  return said;
}

// Should loading fail, the furigana step, which loads the same dictionary, says why.
if (workerWarmUp() === readingsWarmUp) loadReadingAnalyzer().catch(() => undefined);
answerInWorker(addPageWords);
