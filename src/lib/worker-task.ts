import { getCompileCacheDir } from 'node:module';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

/**
 * Work moved off the main thread. A build's main thread is busy rendering pages (and after them, indexing them),
 * while the machine has a second core: what does not need the pages can be drawn beside them. A worker is a module
 * of ours that Node runs itself (it strips the types), loaded through ./worker-start.ts and given its input as a
 * structured clone; it answers once and ends.
 */
export function runInWorker<Input, Output>(entry: URL, input: Input): Promise<Output> {
  return startWorker<Input, Output>(entry)(input);
}

/**
 * A worker started before its input is known, so that it has loaded its modules by the time it is given it (the
 * search index and furigana: 0.4 s with the compile cache, ./worker-start.ts, 0.75 s without). Until then it does
 * not keep the process alive: a build that fails first never gives it its input, and ends all the same. A worker
 * that fails before it is given its input says so to whoever gives it.
 */
export function startWorker<Input, Output>(entry: URL): (input: Input) => Promise<Output> {
  const worker = new Worker(new URL('./worker-start.ts', import.meta.url), {
    workerData: { entry: entry.href, compileCache: getCompileCacheDir() },
  });
  const answer = new Promise<Output>((resolve, reject) => {
    let answered = false;
    worker.once('message', (output: Output) => {
      answered = true;
      resolve(output);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`${entry.pathname} の作業が答えずに終わりました（終了コード ${code}）`));
    });
  });
  // After the listeners: listening to a worker holds the process again.
  worker.unref();
  // Told to whoever gives the input; not a failure of the process while no one has.
  answer.catch(() => undefined);
  return (input) => {
    worker.ref();
    worker.postMessage(input);
    return answer;
  };
}

/** The worker's side: runs `task` on the input it is given and answers with what it returns. */
export function answerInWorker<Input, Output>(task: (input: Input) => Promise<Output>): void {
  const port = parentPort;
  if (isMainThread || !port) return;
  port.once('message', (input: Input) => {
    void task(input).then((output) => port.postMessage(output));
  });
}
