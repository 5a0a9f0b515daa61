import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getSite } from '../../src/site/settings.ts';

const saved = process.env.HIROBA_CONTENT_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.HIROBA_CONTENT_DIR;
  else process.env.HIROBA_CONTENT_DIR = saved;
});

describe('the site settings pages read', () => {
  it('come from content/site.yaml, validated, with defaults filled in', () => {
    delete process.env.HIROBA_CONTENT_DIR;
    const site = getSite();
    expect(site.name).toBe('ひろば');
    expect(site.forum).toEqual({ url: 'https://forum.hiroba.example/', calendarEvents: true });
    expect(getSite()).toBe(site);
  });

  it('say which field to fix when the file is wrong', async () => {
    const root = await mkdtemp(join(tmpdir(), 'hiroba-settings-'));
    try {
      await writeFile(join(root, 'site.yaml'), 'name: ひろば\n');
      process.env.HIROBA_CONTENT_DIR = root;
      expect(() => getSite()).toThrow(/site\.yaml の内容を直してください[\s\S]*tagline — /);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
