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
    for (const collection of ['programmes', 'conditions', 'roles', 'rooms', 'events', 'guides'] as const) {
      expect(content?.[collection].length, collection).toBeGreaterThan(0);
    }
  });
});

describe('the two seed communities in the sample', () => {
  const content = result.content;
  const programmes = content?.programmes ?? [];
  const rooms = content?.rooms ?? [];

  it('each have their own operator and mottos', () => {
    expect(programmes.map((programme) => programme.id).sort()).toEqual(['family-salon', 'rare-disease']);
    expect(new Set(programmes.map((programme) => programme.data.operator.name)).size).toBe(2);
  });

  it('write each motto and rule once: rooms inherit them from their programme', () => {
    const lines = [
      ...programmes.flatMap((programme) => [...programme.data.mottos, ...programme.data.rules]),
      ...rooms.flatMap((room) => [...(room.data.mottos ?? []), ...(room.data.rules ?? [])]),
    ];
    expect(lines.filter((line, index) => lines.indexOf(line) !== index)).toEqual([]);
  });

  it('join the rare-disease rooms through LINE OpenChat, and the family rooms through registration', () => {
    const kinds = (id: string) => rooms.find((room) => room.id === id)?.data.channels?.map((channel) => channel.kind);
    expect(kinds('scleroderma')).toEqual(['chat', 'forum']);
    expect(kinds('mpa')).toEqual(['chat']);
    const salon = programmes.find((programme) => programme.id === 'family-salon');
    expect(salon?.data.channels.map((channel) => channel.kind)).toEqual(['registration', 'forum']);
    expect(salon?.data.registration.anonymous).toBe(true);
  });
});
