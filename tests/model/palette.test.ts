import { describe, expect, it } from 'vitest';
import { contrastRatio, minimumContrast } from '../../src/lib/contrast.ts';
import { accentContrast, colorPairs, noticeKinds, palette, roomAccent } from '../../src/model/palette.ts';
import { noticeLabel } from '../../src/model/labels.ts';
import { loadSampleContent } from '../support/sample-content.ts';

/**
 * The site's colours meet WCAG 2.2 AA, computed from the palette the stylesheet is written from: every pair the
 * stylesheet puts one on the other, in the light and the dark scheme, and every room's accent as the site draws it.
 */

const { catalog } = await loadSampleContent();

describe.each(['light', 'dark'] as const)('the %s scheme', (scheme) => {
  it.each(colorPairs(scheme).map((pair) => [pair.name, pair] as const))('%s meets AA', (_name, pair) => {
    expect(contrastRatio(pair.foreground, pair.background)).toBeGreaterThanOrEqual(pair.minimum);
  });

  it('checks text at 4.5:1 and controls and graphics at 3:1, and every notice kind', () => {
    const pairs = colorPairs(scheme);
    expect(pairs.filter((pair) => pair.name.startsWith('ink on')).map((pair) => pair.minimum)).toContain(
      minimumContrast.text,
    );
    expect(pairs.find((pair) => pair.name === 'focus ring on paper')?.minimum).toBe(minimumContrast.graphic);
    for (const kind of noticeKinds)
      expect(pairs.some((pair) => pair.name === `${kind} label on its notice`)).toBe(true);
  });

  it('gives every notice kind a colour of its own', () => {
    const surfaces = noticeKinds.map((kind) => palette[scheme].notices[kind].surface);
    expect(new Set(surfaces).size).toBe(noticeKinds.length);
  });
});

describe('the notice kinds', () => {
  it('each have a tag and a name of their own, so none is told apart by colour alone', () => {
    const tags = noticeKinds.map((kind) => noticeLabel[kind].tag);
    const names = noticeKinds.map((kind) => noticeLabel[kind].name);
    expect(new Set(tags).size).toBe(noticeKinds.length);
    expect(new Set(names).size).toBe(noticeKinds.length);
  });
});

describe('a room accent', () => {
  const colors: [string, string][] = [
    ...catalog.rooms.map((room): [string, string] => [room.id, room.data.color]),
    ['a pale yellow', 'F7E9A0'],
    ['white', 'FFFFFF'],
    ['black', '000000'],
  ];

  it.each(colors)('of %s stands out 3:1 from the paper and the surface, in both schemes', (_name, color) => {
    const accent = roomAccent(color);
    for (const scheme of ['light', 'dark'] as const) {
      const { paper, surface } = palette[scheme];
      expect(contrastRatio(accent[scheme], paper), scheme).toBeGreaterThanOrEqual(minimumContrast.graphic);
      expect(contrastRatio(accent[scheme], surface), scheme).toBeGreaterThanOrEqual(minimumContrast.graphic);
    }
  });

  it('is the room’s own colour when it already stands out on the light paper', () => {
    expect(roomAccent('4F6FA8').light).toBe('#4f6fa8');
    expect(accentContrast('4F6FA8')).toBeGreaterThanOrEqual(3);
  });

  it('is darkened in its own hue when it does not', () => {
    expect(accentContrast('F7E9A0')).toBeLessThan(3);
    expect(roomAccent('F7E9A0').light).not.toBe('#f7e9a0');
  });
});
