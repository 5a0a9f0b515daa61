import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * Work moved off the main thread. A build's main thread is busy rendering pages (and after them, indexing them),
 * while the machine has a second core: what does not need the pages can be drawn beside them. A worker is a module
 * of ours that Node runs itself (it strips the types), given its input as a structured clone; it answers once and
 * ends.
 */
export function runInWorker<Input, Output>(entry: URL, input: Input): Promise<Output> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: input });
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
}

/** The worker's side: runs `task` on the input it was started with and answers with what it returns. */
export function answerInWorker<Input, Output>(task: (input: Input) => Promise<Output>): void {
  const port = parentPort;
  if (isMainThread || !port) return;
  const input: Input = workerData;
  void task(input).then((output) => port.postMessage(output));
}
