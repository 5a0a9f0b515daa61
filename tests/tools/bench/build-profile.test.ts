import { describe, expect, it } from 'vitest';
import { profileBuild } from '../../../tools/bench/build-profile.ts';
import { countByKind, pageKind } from '../../../tools/bench/page-kinds.ts';

describe('page kinds', () => {
  const slugs = new Set(['mpa', 'scleroderma', 'patient']);

  it('groups pages made by the same template', () => {
    expect(pageKind('/rooms/mpa/', slugs)).toBe('/rooms/*/');
    expect(pageKind('/conditions/scleroderma/patient/', slugs)).toBe('/conditions/*/*/');
    expect(pageKind('/events/page/2/', slugs)).toBe('/events/page/*/');
    expect(pageKind('/about/', slugs)).toBe('/about/');
  });

  it('counts pages per kind, largest first', () => {
    expect([...countByKind(['/', '/rooms/mpa/', '/rooms/scleroderma/', '/about/'], slugs)]).toEqual([
      ['/rooms/*/', 2],
      ['/', 1],
      ['/about/', 1],
    ]);
  });
});

describe('where a build spent its time', () => {
  const lines = [
    { atMs: 1000, text: '07:39:53 [hiroba:content-check] 内容のチェック: 159 個のファイルに問題はありませんでした。' },
    { atMs: 3000, text: '07:39:54 [content] Synced content' },
    { atMs: 3500, text: '07:39:55 [WARN] [vite] something' },
    { atMs: 4000, text: ' generating static routes ' },
    { atMs: 4300, text: '07:39:56   ├─ /rooms/mpa/qr.png (+140ms) ' },
    { atMs: 4400, text: '07:39:56   ├─ /rooms/scleroderma/qr.png (+100ms) ' },
    { atMs: 4500, text: '07:39:56   └─ /rooms/mpa/index.html (+1.5s) ' },
    { atMs: 6000, text: '07:39:58 [hiroba:share-images] 12 images' },
  ];
  const profile = profileBuild(lines, new Set(['mpa', 'scleroderma']));

  it('charges the time before each log line to that line’s tag', () => {
    expect(profile.phases).toEqual({
      'hiroba:content-check': 1000,
      content: 2000,
      vite: 500,
      'static routes': 1000,
      'hiroba:share-images': 1500,
    });
  });

  it('sums the per-route timings Astro prints by kind of route', () => {
    expect(profile.routes).toEqual({
      '/rooms/*/qr.png': { count: 2, ms: 240 },
      '/rooms/*/index.html': { count: 1, ms: 1500 },
    });
  });
});
