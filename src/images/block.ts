import type { DrawStep } from './canvas/picture.ts';
import { baselineOffset } from './canvas/text.ts';

/**
 * A laid-out part of an image: its drawing steps, placed from its own top left corner, and how tall it is. Every
 * part knows its height exactly (each of its lines was laid out), so parts are stacked by adding heights and a sheet
 * knows before drawing whether everything fits.
 */
export interface Block {
  steps: DrawStep[];
  height: number;
}

export const emptyBlock: Block = { steps: [], height: 0 };

/** The steps moved `x` px right and `y` px down. */
export function moved(steps: readonly DrawStep[], x: number, y: number): DrawStep[] {
  return steps.map((step) =>
    step.draw === 'text'
      ? { ...step, x: step.x + x, baseline: step.baseline + y }
      : { ...step, x: step.x + x, y: step.y + y },
  );
}

/** A block in a column: how far below the one before it (its top margin) and how far in from the column's left. */
export interface Placed {
  block: Block;
  marginTop?: number;
  left?: number;
}

/** Blocks one under another. */
export function column(items: readonly (Block | Placed)[]): Block {
  let height = 0;
  const steps: DrawStep[] = [];
  for (const item of items) {
    const { block, marginTop = 0, left = 0 } = 'block' in item ? item : { block: item };
    height += marginTop;
    steps.push(...moved(block.steps, left, height));
    height += block.height;
  }
  return { steps, height };
}

/** Blocks side by side, each at its own left, their tops level: as tall as the tallest. */
export function row(items: readonly { block: Block; left: number; top?: number }[]): Block {
  return {
    steps: items.flatMap(({ block, left, top = 0 }) => moved(block.steps, left, top)),
    height: Math.max(0, ...items.map(({ block, top = 0 }) => top + block.height)),
  };
}

/** How far down a step draws: a line of text to its font's descent (the font's own height is its em). */
function stepBottom(step: DrawStep): number {
  switch (step.draw) {
    case 'box':
      return step.y + step.height;
    case 'qr':
      return step.y + step.size;
    case 'text':
      return step.baseline + step.size - baselineOffset(step.size, 1, step.weight);
  }
}

/**
 * The steps that end above `bottom`, for content too long for its sheet even at its smallest: a line or a code that
 * would cross it is left out, a box is cut short at it.
 */
export function stepsAbove(steps: readonly DrawStep[], bottom: number): DrawStep[] {
  return steps.flatMap((step): DrawStep[] => {
    if (stepBottom(step) <= bottom) return [step];
    if (step.draw === 'box' && step.y < bottom) return [{ ...step, height: bottom - step.y }];
    return [];
  });
}
