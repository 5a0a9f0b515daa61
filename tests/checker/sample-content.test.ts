import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import { formatProblem } from '../../src/lib/problem.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const result = await checkContent(`${projectRoot}content`, new Date(), projectRoot);

describe('the sample content in content/', () => {
  it('has no errors', () => {
    expect(result.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('is read in full: the site settings and entries of every collection', () => {
    const content = result.content;
    expect(content?.site.name).toBeTruthy();
    for (const collection of ['conditions', 'roles', 'rooms', 'events', 'guides'] as const) {
      expect(content?.[collection].length, collection).toBeGreaterThan(0);
    }
  });
});
