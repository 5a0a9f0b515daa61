import { MessageChannel, type MessagePort, type Transferable } from 'node:worker_threads';
import { missingKeeper } from '../lib/kept-files.ts';
import { pageShareImage } from './build-images.ts';
import { drawShareCard, shareCardKey } from './cache.ts';

/**
 * Share cards drawn while the pages are still being built, from each page's head as it is rendered, by a worker
 * beside the build (./draw-worker.ts): a first build draws about 4,600 cards for the national bench set, 2.3 ms of
 * processor each, and the build's second core has time for some of them before the last page, once the rooms'
 * images are drawn. It starts drawing then, not before: the pages are rendered on one core, the rooms' images drawn
 * on the other, and a third thread drawing beside them only slows both. The cards it draws go into the cache, where
 * the share step after the pages finds them (./build-images.ts writeShareImages); it draws the rest. Drawing ahead
 * changes no image, only when it is drawn.
 * This module is both sides: the build asks shareCardsAhead, and the worker answers drawShareCardsAhead.
 */

/** What the worker is told: where the heads come, and what the cards' keys are made of. */
export interface CardsAheadOrder {
  /** The port the build hands the pages' heads on; what is sent before the worker listens waits for it there. */
  heads: MessagePort;
  /** The published site, base included (content/site.yaml's url). */
  site: string;
  code: string;
  cacheDir: string;
}

/** A page's head, up to its `</head>`: all the share step reads of it. */
interface PageHead {
  file: string;
  head: string;
}

/** Said on the port once the worker may draw (the second core is free), and once the pages are all built. */
const mayDraw = 'may-draw';
const finished = 'finished';

/** The build's side: hands each page on as it is built, then says the pages are finished and hears how many were drawn. */
export interface CardsAhead {
  hand(file: string, html: Uint8Array): void;
  finish(): Promise<number>;
}

/**
 * Starts drawing ahead in `draw`'s worker (./draw-worker.ts drawBeside, which moves the port in `transfer` to it),
 * handing it the heads of the pages built; it draws from the moment `secondCoreFree` is settled.
 */
export function shareCardsAhead(
  draw: (order: CardsAheadOrder, transfer: readonly Transferable[]) => Promise<number>,
  order: Omit<CardsAheadOrder, 'heads'>,
  secondCoreFree: Promise<unknown>,
): CardsAhead {
  const { port1: heads, port2 } = new MessageChannel();
  // The worker listens; the build's side only speaks, and never keeps the build from ending.
  heads.unref();
  const drawn = draw({ ...order, heads: port2 }, [port2]);
  let open = true;
  void secondCoreFree
    .catch(() => undefined)
    .then(() => {
      if (open) heads.postMessage(mayDraw);
    });
  return {
    hand(file, html) {
      const bytes = Buffer.from(html.buffer, html.byteOffset, html.byteLength);
      const end = bytes.indexOf('</head>');
      if (end >= 0) heads.postMessage({ file, head: bytes.toString('utf8', 0, end) } satisfies PageHead);
    },
    async finish() {
      heads.postMessage(finished);
      try {
        return await drawn;
      } finally {
        open = false;
        heads.close();
      }
    },
  };
}

/** Longest wait for the next page: a build stopped before its last one never says the pages are finished. */
const pageWithin = 10 * 60_000;

/** The worker's side: draws the cards the cache lacks, one page's head at a time, until the pages are finished. */
export async function drawShareCardsAhead({ heads: port, site, code, cacheDir }: CardsAheadOrder): Promise<number> {
  const heads: PageHead[] = [];
  let drawing = false;
  let ended = false;
  let wake = () => {};
  port.on('message', (data: unknown) => {
    if (data === mayDraw) drawing = true;
    else if (data === finished) ended = true;
    else if (isPageHead(data)) heads.push(data);
    wake();
  });
  // The build is gone: there is no one to draw for.
  port.on('close', () => {
    ended = true;
    wake();
  });
  const keep = await missingKeeper(cacheDir);
  let drawn = 0;
  try {
    for (;;) {
      if (ended) return drawn;
      const next = drawing ? heads.shift() : undefined;
      if (!next) {
        if (!(await nextMessage((resolve) => (wake = resolve)))) return drawn;
        continue;
      }
      const image = pageShareImage({ file: next.file, html: next.head }, site);
      if (image.kind !== 'card') continue;
      if (await keep({ key: shareCardKey(image.text, code), extension: 'png', make: drawShareCard(image.text) }))
        drawn++;
      // The port's next messages (the end among them) are heard between two cards.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    port.close();
  }
}

/** Whether a message came (`listen` is given what to call then) before the longest wait was over. */
function nextMessage(listen: (resolve: () => void) => void): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), pageWithin);
    listen(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function isPageHead(data: unknown): data is PageHead {
  return (
    typeof data === 'object' &&
    data !== null &&
    'file' in data &&
    typeof data.file === 'string' &&
    'head' in data &&
    typeof data.head === 'string'
  );
}
