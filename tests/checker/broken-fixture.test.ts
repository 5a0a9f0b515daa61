import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import { formatProblem, sortProblems } from '../../src/lib/problem.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/broken-content', import.meta.url));
const now = new Date('2026-11-30T12:00:00+09:00');
const result = await checkContent(fixture, now, projectRoot);
const at = (place: string) =>
  result.problems.filter((problem) => formatProblem(problem).startsWith(`tests/fixtures/broken-content/${place} `));

describe('checking the broken content fixture', () => {
  it('fails and reports every broken file at the exact line and field, all in one run', () => {
    expect(result.ok).toBe(false);
    const places = result.problems
      .map((problem) => `${problem.severity} ${formatProblem(problem).split(' — ')[0]}`)
      .sort();
    expect(places).toEqual(
      [
        'conditions/hemophilia.mdx:7 forumSlug',
        'conditions/mpa.mdx:5 status',
        'conditions/scleroderma.mdx:8 forumSlug',
        'events/end-before-start.mdx:9 end',
        'events/late-deadline.mdx:14 apply.deadline',
        'events/no-deadline.mdx:12 apply.deadline',
        'events/no-offset.mdx:8 start',
        'events/no-such-day.mdx:8 start',
        'events/plain-space.mdx:2 title',
        'events/same-title-4.mdx:2 title',
        'events/same-title-5.mdx:2 title',
        'events/unknown-room.mdx:4 rooms[0]',
        'events/welcome-title.mdx:2 title',
        'events/wide-space.mdx:2 title',
        'guides/chat.mdx:2',
        'guides/forum.mdx:12',
        'roles/Parent.mdx',
        'roles/child.md',
        'roles/きょうだい.mdx',
        'rooms/scleroderma-chat.mdx:16 channels[0].url',
        'rooms/scleroderma-long-name.mdx:2 name',
        'rooms/scleroderma-members.mdx:13 forumGroup',
        'rooms/scleroderma-numbers.mdx:12 forumSlug',
        'rooms/scleroderma-patient.mdx:4 roles[1]',
        'rooms/scleroderma-programme.mdx:3 programme',
        'rooms/scleroderma-typo.mdx:1 status',
        'rooms/scleroderma-typo.mdx:5 statsu',
        'rooms/scleroderma-welcome.mdx:2 name',
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
    ['events/no-such-day.mdx:8 start', '日はありません'],
    ['events/end-before-start.mdx:9 end', 'end を start より後にしてください'],
    ['events/late-deadline.mdx:14 apply.deadline', '締め切りを start より前にしてください'],
    ['events/no-deadline.mdx:12 apply.deadline', '「apply」の下に、字下げして「deadline: …」の行を書き足してください'],
    ['events/unknown-room.mdx:4 rooms[0]', '「scleroderma-family」のまちがいではありませんか'],
    ['rooms/scleroderma-patient.mdx:4 roles[1]', '「family」のまちがいではありませんか'],
    [
      'rooms/scleroderma-programme.mdx:3 programme',
      'プログラム「sampel」が見つかりません。「sample」のまちがいではありませんか',
    ],
    ['events/same-title-4.mdx:2 title', 'tests/fixtures/broken-content/events/same-title-5.mdx と同じです'],
    ['conditions/hemophilia.mdx:7 forumSlug', 'forumSlug で別の名前を付けてください'],
    ['guides/chat.mdx:2', '値を "…" で囲む'],
    ['guides/forum.mdx:12', '「{/* … */}」にしてください'],
    ['rooms/scleroderma-chat.mdx:16 channels[0].url', '全角文字や空白が入っていないか'],
    ['roles/Parent.mdx', 'parent.mdx'],
    ['roles/きょうだい.mdx', 'ファイルの名前を変えてください'],
    ['roles/child.md', '「child.mdx」に名前を変えてください'],
    ['site.yaml:21 crisisResources[0].lastReviewed', 'lastReviewed を確かめた日にしてください'],
  ])('%s says: %s', (place, advice) => {
    const [problem, ...others] = at(place);
    expect(others).toEqual([]);
    expect(problem?.message).toContain(advice);
  });

  it('says exactly what the forum would refuse, at the line to change, as the sync would say it', () => {
    const fixture = 'tests/fixtures/broken-content';
    const lines = (...files: string[]) =>
      sortProblems(
        result.problems.filter((problem) => files.some((file) => problem.file === `${fixture}/${file}`)),
      ).map(formatProblem);
    expect(lines('rooms/scleroderma-long-name.mdx')).toEqual([
      `${fixture}/rooms/scleroderma-long-name.mdx:2 name — フォーラムのカテゴリ名は 50 文字までです（いま 51 文字）。短くしてください。`,
    ]);
    expect(lines('events/plain-space.mdx', 'events/wide-space.mdx')).toEqual(
      [
        ['plain-space', 'wide-space'],
        ['wide-space', 'plain-space'],
      ].map(
        ([file, other]) =>
          `${fixture}/events/${file}.mdx:2 title — 交流会の題名「強皮症 交流会（7月）」が ${fixture}/events/${other}.mdx と同じです（フォーラムは、` +
          `空白の種類や英字の大文字・小文字のちがいを区別しません）。フォーラムの話題の題名は重ねられないので、日付を入れるなどして変えてください。`,
      ),
    );
    expect(lines('events/welcome-title.mdx', 'rooms/scleroderma-welcome.mdx')).toEqual([
      `${fixture}/events/welcome-title.mdx:2 title — 交流会の題名「「全身性強皮症 はじめての方の部屋」へようこそ」が ${fixture}/rooms/scleroderma-welcome.mdx ` +
        `と同じです。フォーラムの話題の題名は重ねられないので、日付を入れるなどして変えてください。`,
      `${fixture}/rooms/scleroderma-welcome.mdx:2 name — ようこその話題の題名「「全身性強皮症 はじめての方の部屋」へようこそ」が ${fixture}/events/welcome-title.mdx ` +
        `と同じです。フォーラムの話題の題名は重ねられないので、部屋の名前を変えてください。`,
    ]);
    expect(lines('rooms/scleroderma-members.mdx')).toEqual([
      `${fixture}/rooms/scleroderma-members.mdx:13 forumGroup — グループ名「ab_」はフォーラムで使えません。半角英数字と「_」「.」「-」で 3〜20 ` +
        `文字にし、英数字か「_」で始めて英数字で終わり、記号を 2 つ続けないでください（例: salon_parent）。`,
    ]);
    expect(lines('rooms/scleroderma-numbers.mdx')).toEqual([
      `${fixture}/rooms/scleroderma-numbers.mdx:12 forumSlug — 「2027」はフォーラムのカテゴリの URL 名に使えません。数字だけの名前や「none」を避け、` +
        `半角の英小文字を含む名前を forumSlug に書いてください。`,
    ]);
  });

  it('says a date that does not exist does not exist, and takes a time without seconds', () => {
    expect(at('events/no-such-day.mdx:8 start').map((problem) => problem.message)).toEqual([
      '「2027-02-30」という日はありません。日付を確かめてください。',
    ]);
    // plain-space.mdx writes every moment as 14:00+09:00; only its title (shared with wide-space.mdx) is wrong.
    expect(
      result.problems.filter((problem) => problem.file.endsWith('/plain-space.mdx')).map((problem) => problem.field),
    ).toEqual(['title']);
  });

  it('still returns the entries whose fields validated and leaves out those whose fields did not', () => {
    expect(result.content?.rooms.map((room) => room.id)).toEqual([
      'hemophilia-family',
      'scleroderma-family',
      'scleroderma-long-name',
      'scleroderma-members',
      'scleroderma-numbers',
      'scleroderma-patient',
      'scleroderma-programme',
      'scleroderma-welcome',
    ]);
    expect(result.content?.guides.map((guide) => guide.id)).toEqual(['forum']);
  });
});
