import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/checker/cross-check.ts';
import { validate } from '../../src/checker/explain-issues.ts';
import { parseYaml } from '../../src/checker/frontmatter.ts';
import { programmeSchema, roomSchema } from '../../src/schemas/index.ts';
import { content, event, now, places, room } from './support/content-builders.ts';

const check = (set: Parameters<typeof crossCheck>[0]) => crossCheck(set, { now });
const messages = (set: Parameters<typeof crossCheck>[0]) => check(set).map((problem) => problem.message);

/** The sample-like content has one programme, `rare`, offering the forum only. */
describe('programmes, rooms and events agree', () => {
  it('finds a room naming an unknown programme, with a did-you-mean', () => {
    const problems = check(
      content({ rooms: [room('scleroderma', { programme: 'rar', roles: ['patient', 'family'] })] }),
    );
    expect(places(problems)).toEqual(['error content/rooms/scleroderma.mdx programme']);
    expect(problems[0]?.message).toBe('プログラム「rar」が見つかりません。「rare」のまちがいではありませんか？');
  });

  it('refuses a way in the room’s programme does not offer, saying which it does', () => {
    const chatRoom = room('scleroderma', { channels: [{ kind: 'chat', url: 'https://line.me/ti/g2/x' }] });
    const problems = check(content({ rooms: [chatRoom] }));
    expect(places(problems)).toEqual([
      'error content/rooms/scleroderma.mdx channels',
      'error content/rooms/scleroderma.mdx channels[0].kind',
    ]);
    expect(problems.map((problem) => problem.message).sort()).toEqual([
      'プログラム「プログラム rare」には chat（チャットアプリ） の入り口がありません。使えるのは forum（フォーラム） です。' +
        'kind を直すか、content/programmes/rare.mdx の channels に加えてください。',
      '開設中の部屋には、参加の入り口が少なくとも 1 つ必要です。channels に書いてください。',
    ]);
  });

  it('asks a members-only forum room for its group, and a chat-only room for none', () => {
    expect(places(check(content({ rooms: [room('scleroderma', { visibility: 'members' })] })))).toEqual([
      'error content/rooms/scleroderma.mdx forumGroup',
    ]);
  });

  it('refuses an event held in a room of another programme', () => {
    const set = content();
    set.programmes.push({ ...set.programmes[0]!, id: 'salon', file: 'content/programmes/salon.mdx' });
    set.events = [event('december', { programme: 'salon' })];
    const problems = check(set);
    expect(places(problems)).toEqual(['error content/events/december.mdx rooms[0]']);
    expect(problems[0]?.message).toContain('部屋「部屋 scleroderma」はプログラム「rare」の部屋です。');
  });

  it('refuses registered members only, or applying by registration, where the programme has no registration', () => {
    const set = content({
      events: [
        event('december', {
          openTo: 'registered',
          apply: { method: 'registration', how: '登録のページから', deadline: '2026-12-09T23:59:00+09:00' },
        }),
      ],
    });
    expect(places(check(set))).toEqual([
      'error content/events/december.mdx apply.method',
      'error content/events/december.mdx openTo',
    ]);
    expect(messages(set)).toContain(
      'プログラム「プログラム rare」には登録のしくみ（registration の入り口）がありません。openTo を room-members か anyone にしてください。',
    );
  });
});

describe('the schemas of ways in', () => {
  const room = (channels: string) =>
    [
      'name: 部屋',
      'programme: rare',
      'condition: scleroderma',
      'roles: [patient]',
      'status: open',
      'summary: 紹介',
      'color: "#123456"',
      'lastReviewed: 2026-11-01',
      `channels:\n${channels}`,
    ].join('\n');
  const problemsOf = (schema: typeof roomSchema | typeof programmeSchema, yaml: string) => {
    const parsed = parseYaml(yaml, 2);
    if (!parsed.ok) throw new Error(parsed.message);
    const result = validate(schema, parsed.data, { file: 'x.mdx', lineOf: parsed.lineOf });
    return result.ok ? [] : result.problems.map((problem) => `${problem.field} — ${problem.message}`);
  };

  it('refuses a chat link that is not https, at its field', () => {
    expect(problemsOf(roomSchema, room('  - kind: chat\n    url: http://line.me/ti/g2/x'))).toEqual([
      'channels[0].url — https:// で始まる正しい URL を書いてください（全角文字や空白が入っていないか確かめてください）。',
    ]);
  });

  it('refuses an unknown kind, and the same kind twice', () => {
    expect(problemsOf(roomSchema, room('  - kind: telegram'))).toEqual([
      'channels[0].kind — 「forum」（このサイトのフォーラム）、「chat」（チャットアプリの部屋）、「registration」（登録のページ）のどれかを kind に書いてください。',
    ]);
    expect(problemsOf(roomSchema, room('  - kind: forum\n  - kind: forum'))).toEqual([
      'channels[1].kind — 「forum」が 2 回書かれています。参加の入り口は種類ごとに 1 つにしてください。',
    ]);
  });

  it('names a campaign medium that does not exist and suggests the one meant', () => {
    const yaml = [
      'name: p',
      'summary: s',
      'audience: a',
      'operator:\n  name: o\n  email: o@example.jp',
      'mottos: [m]',
      'rules: [r]',
      'privacy: [p]',
      'registration:\n  who: w\n  anonymous: true\n  how: h',
      'moderation:\n  by: b\n  response: r',
      'channels:\n  - kind: forum',
      'campaign:\n  media:\n    flyr: flyer',
      'lastReviewed: 2026-11-01',
    ].join('\n');
    expect(problemsOf(programmeSchema, yaml)).toEqual([
      'campaign.media.flyr — 「flyr」という項目はありません。「flyer」のまちがいではありませんか？ 名前を直してください。',
    ]);
  });
});
