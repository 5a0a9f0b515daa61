import { access } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { canJoin } from '../../src/model/catalog.ts';
import { paths } from '../../src/model/urls.ts';
import { informationPages, loadSampleContent } from '../support/sample-content.ts';
import { allPagePaths, fileOf } from './built-site.ts';

const sample = await loadSampleContent();
const { catalog } = sample;
const expectedPages = [...informationPages(sample), '/404.html'];

describe('the built sample site', () => {
  it('has a page for every condition, role, served condition-and-role pair, room and event, and the fixed pages', async () => {
    const built = new Set(await allPagePaths());
    expect(expectedPages.filter((path) => !built.has(path))).toEqual([]);
  });

  it('has the condition-and-role pages a flyer for the sample would point to', async () => {
    const built = new Set(await allPagePaths());
    for (const path of [
      '/conditions/scleroderma/patient/',
      '/conditions/scleroderma/family/',
      '/conditions/mental-illness/child/',
    ]) {
      expect(built.has(path), path).toBe(true);
    }
    expect(built.has('/conditions/scleroderma/child/')).toBe(false);
  });

  it('offers both QR downloads of every way into a room people can join, and none for the others', async () => {
    for (const room of catalog.rooms) {
      for (const kind of ['forum', 'chat', 'registration'] as const) {
        for (const format of ['svg', 'png'] as const) {
          const file = fileOf(paths.roomQr(room.id, kind, format));
          const exists = await access(file).then(
            () => true,
            () => false,
          );
          expect(exists, file).toBe(canJoin(room) && catalog.hasChannel(room, kind));
        }
      }
    }
  });
});
