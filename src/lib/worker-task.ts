import { getCompileCacheDir } from 'node:module';
import { isMainThread, parentPort, Worker, workerData, type Transferable } from 'node:worker_threads';

/**
 * Work moved off the main thread. A build's main thread is busy rendering pages (and after them, indexing them),
 * while the machine has a second core: what does not need the pages can be drawn beside them. A worker is a module
 * of ours that Node runs itself (it strips the types), loaded through ./worker-start.ts and given its input as a
 * structured clone, with what `transfer` lists moved to it (a MessagePort the build goes on talking to it through);
 * it answers once and ends.
 */
export function runInWorker<Input, Output>(
  entry: URL,
  input: Input,
  transfer?: readonly Transferable[],
): Promise<Output> {
  return startWorker<Input, Output>(entry)(input, transfer);
}

/** A worker loading its module, not given its input yet; `failed` says if it ended or threw first. */
interface WaitingWorker {
  worker: Worker;
  failed: Promise<never>;
}

/** Workers started ahead of their use (prestartWorker), by their module, the first started first taken. */
const prestarted = new Map<string, WaitingWorker[]>();

/**
 * Starts a worker of `entry` now, for the next startWorker or runInWorker of that module to take: its modules load
 * while the build does other things (the content check before the build runs on the main thread alone). `warmUp`
 * is told to the worker's module as it loads (workerWarmUp), for it to get ready for what it will be asked. A
 * worker never taken does not keep the process alive.
 */
export function prestartWorker(entry: URL, warmUp?: string): void {
  const waiting = prestarted.get(entry.href) ?? [];
  waiting.push(spawn(entry, warmUp));
  prestarted.set(entry.href, waiting);
}

/** What the worker of this thread was told to get ready for when it was started ahead (prestartWorker). */
export function workerWarmUp(): string | undefined {
  if (isMainThread) return undefined;
  const { warmUp }: { warmUp?: unknown } = workerData;
  return typeof warmUp === 'string' ? warmUp : undefined;
}

/**
 * A worker started before its input is known, so that it has loaded its modules by the time it is given it (the
 * search index and furigana: 0.4 s with the compile cache, ./worker-start.ts, 0.75 s without): one started ahead,
 * or a new one. Until it is given its input it does not keep the process alive: a build that fails first never
 * gives it, and ends all the same. A worker that fails before it is given its input says so to whoever gives it.
 */
export function startWorker<Input, Output>(
  entry: URL,
): (input: Input, transfer?: readonly Transferable[]) => Promise<Output> {
  const { worker, failed } = prestarted.get(entry.href)?.shift() ?? spawn(entry);
  return (input, transfer) => {
    const answer = new Promise<Output>((resolve, reject) => {
      worker.once('message', resolve);
      failed.catch(reject);
    });
    worker.ref();
    worker.postMessage(input, transfer);
    return answer;
  };
}

function spawn(entry: URL, warmUp?: string): WaitingWorker {
  const worker = new Worker(new URL('./worker-start.ts', import.meta.url), {
    workerData: { entry: entry.href, compileCache: getCompileCacheDir(), warmUp },
  });
  let answered = false;
  worker.once('message', () => {
    answered = true;
  });
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`${entry.pathname} の作業が答えずに終わりました（終了コード ${code}）`));
    });
  });
  // Told to whoever gives the input; not a failure of the process while no one has.
  failed.catch(() => undefined);
  // After the listeners: listening to a worker holds the process again.
  worker.unref();
  return { worker, failed };
}

/** The worker's side: runs `task` on the input it is given and answers with what it returns. */
export function answerInWorker<Input, Output>(task: (input: Input) => Promise<Output>): void {
  const port = parentPort;
  if (isMainThread || !port) return;
  port.once('message', (input: Input) => {
    void task(input).then((output) => port.postMessage(output));
  });
}
