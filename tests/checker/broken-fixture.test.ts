import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import { formatProblem } from '../../src/checker/report.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/broken-content', import.meta.url));
const now = new Date('2026-11-30T12:00:00+09:00');
const result = await checkContent(fixture, now, projectRoot);
const at = (place: string) => result.problems.filter((problem) => formatProblem(problem).startsWith(`tests/fixtures/broken-content/${place} `));

describe('checking the broken content fixture', () => {
  it('fails and reports every broken file at the exact line and field, all in one run', () => {
    expect(result.ok).toBe(false);
    const places = result.problems.map((problem) => `${problem.severity} ${formatProblem(problem).split(' — ')[0]}`).sort();
    expect(places).toEqual(
      [
        'conditions/hemophilia.mdx:7 forumSlug',
        'conditions/mpa.mdx:5 status',
        'conditions/scleroderma.mdx:8 forumSlug',
        'events/end-before-start.mdx:9 end',
        'events/late-deadline.mdx:14 apply.deadline',
        'events/no-deadline.mdx:12 apply.deadline',
        'events/no-offset.mdx:8 start',
        'events/same-title-4.mdx:2 title',
        'events/same-title-5.mdx:2 title',
        'events/unknown-room.mdx:4 rooms[0]',
        'guides/chat.mdx:2',
        'guides/forum.mdx:12',
        'roles/Parent.mdx',
        'roles/child.md',
        'roles/きょうだい.mdx',
        'rooms/scleroderma-chat.mdx:16 chat.url',
        'rooms/scleroderma-patient.mdx:4 roles[1]',
        'rooms/scleroderma-typo.mdx:1 status',
        'rooms/scleroderma-typo.mdx:5 statsu',
      ]
        .map((place) => `error tests/fixtures/broken-content/${place}`)
        .concat('warning tests/fixtures/broken-content/site.yaml:21 crisisResources[0].lastReviewed')
        .sort(),
    );
  });

  it('says what to do in every message', () => {
    for (const problem of result.problems) expect(problem.message).toMatch(/ください|ませんか/);
  });

  it.each([
    ['rooms/scleroderma-typo.mdx:5 statsu', '「status」のまちがいではありませんか'],
    ['rooms/scleroderma-typo.mdx:1 status', '「status: …」の行を書き足してください'],
    ['conditions/mpa.mdx:5 status', '「open」（開設中）、「preparing」（準備中）、「closed」（終了）のどれか'],
    ['events/no-offset.mdx:8 start', '+09:00 を付けて'],
    ['events/end-before-start.mdx:9 end', 'end を start より後にしてください'],
    ['events/late-deadline.mdx:14 apply.deadline', '締め切りを start より前にしてください'],
    ['events/no-deadline.mdx:12 apply.deadline', '「apply」の下に、字下げして「deadline: …」の行を書き足してください'],
    ['events/unknown-room.mdx:4 rooms[0]', '「scleroderma-family」のまちがいではありませんか'],
    ['rooms/scleroderma-patient.mdx:4 roles[1]', '「family」のまちがいではありませんか'],
    ['events/same-title-4.mdx:2 title', 'tests/fixtures/broken-content/events/same-title-5.mdx と同じです'],
    ['conditions/hemophilia.mdx:7 forumSlug', 'forumSlug で別の名前を付けてください'],
    ['guides/chat.mdx:2', '値を "…" で囲む'],
    ['guides/forum.mdx:12', '「{/* … */}」にしてください'],
    ['rooms/scleroderma-chat.mdx:16 chat.url', '全角文字や空白が入っていないか'],
    ['roles/Parent.mdx', 'parent.mdx'],
    ['roles/きょうだい.mdx', 'ファイルの名前を変えてください'],
    ['roles/child.md', '「child.mdx」に名前を変えてください'],
    ['site.yaml:21 crisisResources[0].lastReviewed', 'lastReviewed を確かめた日にしてください'],
  ])('%s says: %s', (place, advice) => {
    const [problem, ...others] = at(place);
    expect(others).toEqual([]);
    expect(problem?.message).toContain(advice);
  });

  it('still returns the entries whose fields validated and leaves out those whose fields did not', () => {
    expect(result.content?.rooms.map((room) => room.id)).toEqual(['scleroderma-family', 'scleroderma-patient']);
    expect(result.content?.guides.map((guide) => guide.id)).toEqual(['forum']);
  });
});
