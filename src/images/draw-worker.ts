import type { Transferable } from 'node:worker_threads';
import { answerInWorker, prestartWorker, runInWorker } from '../lib/worker-task.ts';
import { createCatalog } from '../model/catalog.ts';
import type { ContentSet } from '../model/entry.ts';
import { keepShareCards } from './cache.ts';
import { keepRoomImages, roomImageJobs, writeRoomImages, type RoomImagesReport } from './room-images.ts';
import type { DrawCards } from './build-images.ts';
import type { ShareCardText } from './share-card.ts';
import { drawShareCardsAhead, type CardsAheadOrder } from './share-cards-ahead.ts';

/**
 * Images drawn on the machine's second core while the main thread does the build's other work: the rooms' flyers
 * and QR codes while the content is synced and the pages bundled and rendered (they need only the content, checked
 * before all that), share cards from the pages rendered so far (./share-cards-ahead.ts), and the rest of the share
 * cards while the pages get their readings and are indexed. The worker keeps what it draws in the cache. The share
 * cards are placed by the build after; the rooms' files by the worker itself, once the build has emptied its output
 * (`outputEmptied` is set to 1), so that the main thread, rendering the pages, places none of their thousands of
 * files.
 * This module is both sides: the build asks drawBeside, and the worker, started on this same file, answers.
 */
export type DrawOrder =
  | {
      kind: 'room-images';
      content: ContentSet;
      code: string;
      cacheDir: string;
      outDir: string;
      /** One number on memory shared with the build: 0 until the build output is empty. */
      outputEmptied: Int32Array<SharedArrayBuffer>;
    }
  | { kind: 'share-cards'; texts: ShareCardText[]; code: string; cacheDir: string }
  | ({ kind: 'share-cards-ahead' } & CardsAheadOrder);

/** What a worker answers: the room images it drew and placed, or how many share cards it made. */
type DrawAnswer<Order extends DrawOrder> = Order extends { kind: 'room-images' } ? RoomImagesPlaced : number;

/** The rooms' files placed in the build output, and how many of them the worker drew first. */
export type RoomImagesPlaced = RoomImagesReport & { jobs: number; drawnBeside: number };

const drawWorker = new URL(import.meta.url);

/**
 * Draws what `order` asks for in a worker (the rest were kept already): one started ahead, or a new one. `transfer`
 * lists what the order moves to the worker (./share-cards-ahead.ts: the port it is handed the pages on).
 */
export const drawBeside = <Order extends DrawOrder>(order: Order, transfer?: readonly Transferable[]) =>
  runInWorker<Order, DrawAnswer<Order>>(drawWorker, order, transfer);

/** How many workers draw the share cards a build lacks (drawShareCardsBeside). */
const shareCardWorkers = 2;

/**
 * Starts the workers before the build asks them to draw (../integrations/early-workers.ts), in the order it asks:
 * the rooms' images', the one drawing share cards as the pages are built (./share-cards-ahead.ts), and the share
 * cards' workers after the pages too when the build will draw `shareCards`.
 */
export function prestartDrawWorkers({ shareCards }: { shareCards: boolean }): void {
  const count = 2 + (shareCards ? shareCardWorkers : 0);
  for (let started = 0; started < count; started++) prestartWorker(drawWorker);
}

/**
 * The cards a build lacks (./build-images.ts writeShareImages), drawn by two workers: while the main thread indexes
 * the pages they share the second core, and once it is done they have both.
 */
export const drawShareCardsBeside: DrawCards = (texts, code, cacheDir) => {
  const workers = Math.min(shareCardWorkers, texts.length);
  return Promise.all(
    Array.from({ length: workers }, (_, worker) =>
      drawBeside({ kind: 'share-cards', texts: texts.filter((_, at) => at % workers === worker), code, cacheDir }),
    ),
  );
};

/** Draws the rooms' files the cache lacks, then places them all once the build output has been emptied. */
async function drawAndPlaceRoomImages(order: Extract<DrawOrder, { kind: 'room-images' }>): Promise<RoomImagesPlaced> {
  const jobs = roomImageJobs(createCatalog(order.content), order.content.site, order.code);
  const drawnBeside = await keepRoomImages(jobs, order.cacheDir);
  await outputEmptied(order.outputEmptied);
  return { ...(await writeRoomImages(jobs, order.outDir, order.cacheDir)), jobs: jobs.length, drawnBeside };
}

/** Longest wait for the build to empty its output: a build that failed before that never will. */
const emptiedWithin = 10 * 60_000;

/** Until the build has emptied its output. A pending wait does not keep a worker alive; a timer beside it does. */
async function outputEmptied(flag: Int32Array<SharedArrayBuffer>): Promise<void> {
  const emptied = Atomics.waitAsync(flag, 0, 0, emptiedWithin);
  if (!emptied.async) return;
  const alive = setInterval(() => undefined, emptiedWithin);
  try {
    if ((await emptied.value) === 'timed-out') throw new Error('ビルドの出力先が空になるのを待ちきれませんでした');
  } finally {
    clearInterval(alive);
  }
}

answerInWorker((order: DrawOrder): Promise<RoomImagesPlaced | number> => {
  switch (order.kind) {
    case 'room-images':
      return drawAndPlaceRoomImages(order);
    case 'share-cards':
      return keepShareCards(order.texts, order.code, order.cacheDir);
    case 'share-cards-ahead':
      return drawShareCardsAhead(order);
  }
});
