import { describe, expect, it } from 'vitest';
import { crossCheck, type CheckableContent } from '../../src/checker/cross-check.ts';
import type { Problem } from '../../src/lib/problem.ts';
import { condition, content, now, places, room, site } from './support/content-builders.ts';

/** now is 2026-11-30 12:00 in Tokyo. */
function check(set: CheckableContent): Problem[] {
  return crossCheck(set, { now, siteFile: 'content/site.yaml' });
}

describe('review dates of information pages', () => {
  it('warn once a page is past the day staff set to review it, and not on that day itself', () => {
    const problems = check(
      content({
        conditions: [condition('scleroderma', { reviewBy: '2026-11-29' })],
        rooms: [room('scleroderma', { roles: ['patient', 'family'], reviewBy: '2026-11-30' })],
      }),
    );
    expect(places(problems)).toEqual(['warning content/conditions/scleroderma.mdx reviewBy']);
    expect(problems[0]?.message).toContain('見直しの予定日（2026-11-29）を過ぎています');
    expect(problems[0]?.message).toContain('lastReviewed を確かめた日に');
  });

  it('warn when the next review comes before the last one', () => {
    const problems = check(content({ conditions: [condition('scleroderma', { reviewBy: '2026-10-01' })] }));
    expect(places(problems)).toEqual(['warning content/conditions/scleroderma.mdx reviewBy']);
    expect(problems[0]?.message).toContain('reviewBy を lastReviewed より後の日に');
  });
});

describe('review dates of crisis resources', () => {
  it('refuse a resource past its own review day: a wrong number must not stay up', () => {
    const checked = site(['2026-11-01', '2026-11-01']);
    checked.crisisResources[1] = { ...checked.crisisResources[1]!, reviewBy: '2026-11-29' };
    const problems = check(content({ site: checked }));
    expect(places(problems)).toEqual(['error content/site.yaml crisisResources[1].reviewBy']);
    expect(problems[0]?.message).toContain('出典（source）のページで電話番号と受付時間を確かめ');
  });

  it('warn about a source that is a top page rather than the page listing the number', () => {
    const checked = site(['2026-11-01']);
    checked.crisisResources[0] = { ...checked.crisisResources[0]!, source: 'https://www.mext.go.jp/' };
    const problems = check(content({ site: checked }));
    expect(places(problems)).toEqual(['warning content/site.yaml crisisResources[0].source']);
    expect(problems[0]?.message).toContain('番号と受付時間が載っているページの URL');
  });
});
