import { describe, expect, it } from 'vitest';
import type { PostJson } from '../../../../src/forum/discourse/api-shapes.ts';
import { PostWalk } from '../../../../src/forum/discourse/read/first-posts.ts';

/** A page of the latest posts, newest first: [post id, topic id, post number]. */
const page = (...posts: [number, number, number][]): PostJson[] =>
  posts.map(([id, topic_id, post_number]) => ({ id, topic_id, post_number, version: 1, raw: `本文 ${id}` }));
const replies = (from: number, count: number): [number, number, number][] =>
  Array.from({ length: count }, (_, index) => [from - index, 1, 2 + index]);

describe('walking the latest posts for the first posts of many topics', () => {
  it('collects the wanted first posts page by page, starting each page below the last, and stops once all are found', () => {
    const walk = new PostWalk([10, 11, 12]);
    expect(walk.before).toBeUndefined();
    expect(walk.take(page([60, 12, 1], [59, 12, 2], [58, 11, 1]))).toBe(true);
    expect(walk.before).toBe(58);
    expect(walk.take(page([57, 9, 3], [56, 10, 1]))).toBe(false);
    expect(walk.found).toEqual(
      new Map([
        [12, { id: 60, raw: '本文 60', version: 1 }],
        [11, { id: 58, raw: '本文 58', version: 1 }],
        [10, { id: 56, raw: '本文 56', version: 1 }],
      ]),
    );
  });

  it('gives up on a topic once the first post of an older topic has gone by, since first posts come in topic order', () => {
    const walk = new PostWalk([10, 20]);
    expect(walk.take(page([80, 15, 1], [79, 10, 1]))).toBe(false);
    expect([...walk.found.keys()]).toEqual([10]);
  });

  it('stops when the pages stop paying for themselves, as under many newer replies', () => {
    const walk = new PostWalk([3, 4, 5]);
    expect(walk.take(page(...replies(500, 50)))).toBe(true);
    expect(walk.take(page(...replies(450, 50)))).toBe(false);
    expect(walk.found.size).toBe(0);
  });

  it('stops at the end of the list, and where the forum leaves the raw text out', () => {
    const ended = new PostWalk([3]);
    expect(ended.take([])).toBe(false);
    const rawless = new PostWalk([3, 4]);
    expect(rawless.take([{ id: 9, topic_id: 4, post_number: 1, version: 1 }])).toBe(false);
    expect(rawless.found.size).toBe(0);
  });

  it('is not worth starting for no topic at all', () => {
    expect(new PostWalk([]).worthStarting).toBe(false);
    expect(new PostWalk([1]).worthStarting).toBe(true);
  });
});
