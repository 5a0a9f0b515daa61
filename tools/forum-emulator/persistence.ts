import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { StoreData } from './records-types.ts';
import { Store } from './store.ts';

/** The optional JSON file: loaded at start when present, saved (debounced) after writes and on close. */
export interface Persistence {
  schedule(): void;
  flush(): Promise<void>;
}

export function loadStore(path: string | undefined): Store | null {
  if (!path || !existsSync(path)) return null;
  const data = JSON.parse(readFileSync(path, 'utf8')) as { store?: StoreData };
  if (!data.store) throw new Error(`${path} is not an emulator state file`);
  return Store.fromData(data.store);
}

export function createPersistence(path: string | undefined, current: () => Store, delayMs = 200): Persistence {
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => {
    timer = null;
    if (!path) return Promise.resolve();
    const text = JSON.stringify({ format: 'hiroba-discourse-emulator/1', store: current().toData() });
    writing = writing
      .then(async () => {
        await writeFile(`${path}.tmp`, text);
        await rename(`${path}.tmp`, path);
      })
      .catch((error: unknown) => {
        console.error(`Discourse emulator: could not save ${path}: ${String(error)}`);
      });
    return writing;
  };
  return {
    schedule() {
      if (path && !timer) timer = setTimeout(() => void save(), delayMs);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      await save();
    },
  };
}
