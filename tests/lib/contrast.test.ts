import { describe, expect, it } from 'vitest';
import { contrastRatio, mix, withContrast } from '../../src/lib/contrast.ts';

describe('contrast as WCAG 2.2 computes it', () => {
  it('gives the known ratios: black on white 21, a colour on itself 1, #767676 on white just over 4.5', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#4f6fa8', '#4F6FA8')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('is the same whichever colour is named first, and reads colours with or without the #', () => {
    expect(contrastRatio('#ffffff', '#0b4f8a')).toBe(contrastRatio('0B4F8A', 'ffffff'));
  });

  it('refuses what is not a six-digit colour', () => {
    expect(() => contrastRatio('#fff', '#000000')).toThrow('#RRGGBB');
  });
});

describe('mixing two colours', () => {
  it('goes from the base (0) to the colour (1) in sRGB', () => {
    expect(mix('#ffffff', '#000000', 0)).toBe('#000000');
    expect(mix('#ffffff', '#000000', 1)).toBe('#ffffff');
    expect(mix('#ffffff', '#000000', 0.5)).toBe('#808080');
  });
});

describe('a colour adjusted to reach a contrast', () => {
  it('is the colour itself when it already reaches it', () => {
    expect(withContrast('#1b5a91', '#fffdf8', 3)).toBe('#1b5a91');
  });

  it('darkens on a light background and lightens on a dark one, just enough', () => {
    const darker = withContrast('#f2d16b', '#fffdf8', 3);
    expect(contrastRatio(darker, '#fffdf8')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(darker, '#fffdf8')).toBeLessThan(3.2);
    const lighter = withContrast('#3a2a6b', '#171513', 4.5);
    expect(contrastRatio(lighter, '#171513')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(lighter, '#171513')).toBeLessThan(4.8);
  });

  it('keeps the hue: a yellow stays a yellow (red above green above blue)', () => {
    const [r, g, b] = [1, 3, 5].map((at) =>
      Number.parseInt(withContrast('#f2d16b', '#ffffff', 3).slice(at, at + 2), 16),
    );
    expect(r).toBeGreaterThan(g!);
    expect(g).toBeGreaterThan(b!);
  });
});
