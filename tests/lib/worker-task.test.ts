import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { prestartWorker, runInWorker, startWorker } from '../../src/lib/worker-task.ts';

const greeter = new URL('../fixtures/workers/greeting-worker.ts', import.meta.url);
const warmUpTeller = new URL('../fixtures/workers/warm-up-worker.ts', import.meta.url);
const cacheAsker = new URL('../fixtures/workers/compile-cache-worker.ts', import.meta.url);
const portListener = new URL('../fixtures/workers/port-worker.ts', import.meta.url);
const workerTask = new URL('../../src/lib/worker-task.ts', import.meta.url).href;

describe('work in a worker', () => {
  it('answers what the worker’s task returns for the input it is given', async () => {
    expect(await runInWorker<string, string>(greeter, '佐藤')).toBe('こんにちは、佐藤さん');
  });

  it('can be started first and given its input later', async () => {
    const greet = startWorker<string, string>(greeter);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await greet('鈴木')).toBe('こんにちは、鈴木さん');
  });

  it('takes the worker started ahead of its module, which was told what to get ready for', async () => {
    prestartWorker(warmUpTeller, 'dictionary');
    expect(await runInWorker(warmUpTeller, undefined)).toBe('dictionary');
  });

  it('starts a new worker, told nothing, once those started ahead are taken', async () => {
    prestartWorker(warmUpTeller, 'dictionary');
    const answers = await Promise.all([runInWorker(warmUpTeller, undefined), runInWorker(warmUpTeller, undefined)]);
    expect(answers).toEqual(['dictionary', 'nothing']);
  });

  it('is moved a port with its input, and hears on it what is said before and after it listens', async () => {
    const { port1, port2 } = new MessageChannel();
    port1.postMessage('佐藤');
    const names = runInWorker<{ port: MessagePort }, string[]>(portListener, { port: port2 }, [port2]);
    port1.postMessage('鈴木');
    port1.postMessage('end');
    expect(await names).toEqual(['佐藤', '鈴木']);
    port1.close();
  });

  it('fails with the task’s own error', async () => {
    await expect(runInWorker<string, string>(greeter, '')).rejects.toThrow('名前がありません');
  });

  it('compiles its modules with the compile cache of the process that starts it, as Astro’s build has one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hiroba-worker-'));
    try {
      const script = join(dir, 'ask-the-cache.mjs');
      const cache = join(dir, 'compile-cache');
      await writeFile(
        script,
        `import { enableCompileCache } from 'node:module';\n` +
          `import { runInWorker } from ${JSON.stringify(workerTask)};\n` +
          `enableCompileCache(${JSON.stringify(cache)});\n` +
          `console.log(await runInWorker(new URL(${JSON.stringify(cacheAsker.href)}), undefined));\n`,
      );
      const { stdout } = await promisify(execFile)(process.execPath, [script], { timeout: 15_000 });
      expect(stdout.trim()).toContain(cache);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('does not keep the process alive while it has not been given its input, as when a build fails first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hiroba-worker-'));
    try {
      const script = join(dir, 'start-and-leave.mjs');
      await writeFile(
        script,
        `import { prestartWorker, startWorker } from ${JSON.stringify(workerTask)};\n` +
          `startWorker(new URL(${JSON.stringify(greeter.href)}));\n` +
          `prestartWorker(new URL(${JSON.stringify(greeter.href)}));\nconsole.log('started');\n`,
      );
      // A worker that kept it alive would have it killed at the timeout, failing the call.
      const { stdout } = await promisify(execFile)(process.execPath, [script], { timeout: 15_000 });
      expect(stdout.trim()).toBe('started');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
