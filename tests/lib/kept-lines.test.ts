import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keptLines } from '../../src/lib/kept-lines.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kept-lines-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('lines kept between builds', () => {
  it('are appended by one build and all read by the next, in their folder made when the first is kept', async () => {
    const file = join(folder, 'cache/codes.jsonl');
    const first = keptLines(file);
    expect(first.lines).toEqual(['']);
    first.keep('one');
    first.keep('two');
    const beside = keptLines(file);
    beside.keep('three');
    expect(keptLines(file).lines).toEqual(['one', 'two', 'three', '']);
  });

  it('keep a line cut short by a stopped build apart from the next one, for the reader to pass over', async () => {
    const file = join(folder, 'codes.jsonl');
    await writeFile(file, 'one\ntw');
    keptLines(file).keep('three');
    expect(await readFile(file, 'utf8')).toBe('one\ntw\nthree\n');
  });

  it('start afresh once they are more than their limit', async () => {
    const file = join(folder, 'codes.jsonl');
    await writeFile(file, 'one\ntwo\nthree\n');
    expect(keptLines(file, 3).lines).toHaveLength(4);
    const fresh = keptLines(file, 2);
    expect(fresh.lines).toEqual(['']);
    fresh.keep('four');
    expect(await readFile(file, 'utf8')).toBe('four\n');
  });

  it('are lost, and nothing fails, where the file cannot be written', () => {
    const lines = keptLines(join(folder, 'codes.jsonl', 'inside-a-file.jsonl'));
    return writeFile(join(folder, 'codes.jsonl'), 'a file where the folder would be').then(() => {
      expect(() => lines.keep('one')).not.toThrow();
    });
  });
});
