import { answerInWorker, runInWorker } from '../lib/worker-task.ts';
import { createCatalog } from '../model/catalog.ts';
import type { ContentSet } from '../model/entry.ts';
import { keepShareCards } from './cache.ts';
import { keepRoomImages, roomImageJobs } from './room-images.ts';
import type { DrawCards } from './build-images.ts';
import type { ShareCardText } from './share-card.ts';

/**
 * Images drawn on the machine's second core while the main thread does the build's other work: the rooms' flyers
 * and QR codes while the pages are rendered (they need only the content), the share cards while the pages get their
 * readings and are indexed. The worker only keeps what it draws in the cache; the build places the files after.
 * This module is both sides: the build asks drawBeside, and the worker, started on this same file, answers.
 */
export type DrawOrder =
  | { kind: 'room-images'; content: ContentSet; code: string; cacheDir: string }
  | { kind: 'share-cards'; texts: ShareCardText[]; code: string; cacheDir: string };

/** Draws what `order` asks for in a worker; resolves to how many files it made (the rest were kept already). */
export const drawBeside = (order: DrawOrder) => runInWorker<DrawOrder, number>(new URL(import.meta.url), order);

/**
 * The cards a build lacks (./build-images.ts writeShareImages), drawn by two workers: while the main thread indexes
 * the pages they share the second core, and once it is done they have both.
 */
export const drawShareCardsBeside: DrawCards = (texts, code, cacheDir) => {
  const workers = Math.min(2, texts.length);
  return Promise.all(
    Array.from({ length: workers }, (_, worker) =>
      drawBeside({ kind: 'share-cards', texts: texts.filter((_, at) => at % workers === worker), code, cacheDir }),
    ),
  );
};

answerInWorker((order: DrawOrder) =>
  order.kind === 'room-images'
    ? keepRoomImages(roomImageJobs(createCatalog(order.content), order.content.site, order.code), order.cacheDir)
    : keepShareCards(order.texts, order.code, order.cacheDir),
);
