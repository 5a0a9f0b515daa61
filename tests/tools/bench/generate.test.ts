import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withChangedEvents } from '../../../tools/bench/change-events.ts';
import { generateContent, type GeneratedContent, type RoleSummary } from '../../../tools/bench/generate-content.ts';
import { sampleRoles, writeContentTree } from '../../../tools/bench/write-content.ts';
import { checkContent } from '../../../src/checker/check.ts';
import { conditionSchema, eventSchema, roomSchema } from '../../../src/schemas/index.ts';

const sampleRoot = resolve('content');
const now = new Date('2026-11-24T03:00:00Z');
// 7 rooms per condition: the shared room and one per role.
const size = { conditions: 12, rooms: 84, events: 25 };

let roles: RoleSummary[];
let content: GeneratedContent;

beforeAll(async () => {
  roles = await sampleRoles(sampleRoot);
  content = generateContent(size, roles, now);
});

describe('the benchmark content generator', () => {
  it('makes exactly the number of conditions, rooms and events asked for', () => {
    expect(content.conditions).toHaveLength(size.conditions);
    expect(content.rooms).toHaveLength(size.rooms);
    expect(content.events).toHaveLength(size.events);
  });

  it('writes every entry so that the content schemas accept it', () => {
    const failures = [
      ...content.conditions.map((entry) => [entry.slug, conditionSchema.safeParse(entry.data)] as const),
      ...content.rooms.map((entry) => [entry.slug, roomSchema.safeParse(entry.data)] as const),
      ...content.events.map((entry) => [entry.slug, eventSchema.safeParse(entry.data)] as const),
    ].filter(([, result]) => !result.success);
    expect(failures.map(([slug, result]) => `${slug}: ${result.error?.message}`)).toEqual([]);
  });

  it('gives conditions Japanese names with hiragana readings and ASCII slugs', () => {
    for (const condition of content.conditions) {
      expect(condition.data.name).toMatch(/^\p{Script=Han}+$/u);
      expect(condition.data.reading).toMatch(/^\p{Script=Hiragana}+$/u);
      expect(condition.slug).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
    }
  });

  it('spreads rooms over all conditions and over every role of the sample content', () => {
    expect(new Set(content.rooms.map((room) => room.data.condition))).toEqual(
      new Set(content.conditions.map((c) => c.slug)),
    );
    expect(new Set(content.rooms.flatMap((room) => room.data.roles))).toEqual(new Set(roles.map((role) => role.slug)));
  });

  it('includes past, full and cancelled events among the scheduled ones', () => {
    const statuses = new Set(content.events.map((event) => event.data.status));
    expect(statuses).toEqual(new Set(['scheduled', 'full', 'cancelled']));
    expect(content.events.some((event) => Date.parse(event.data.end) < now.getTime())).toBe(true);
    expect(content.events.some((event) => Date.parse(event.data.start) > now.getTime())).toBe(true);
  });

  it('is the same content every time for the same moment', () => {
    expect(generateContent(size, roles, now)).toEqual(content);
  });

  it('refuses more rooms than one per condition and role', () => {
    expect(() => generateContent({ conditions: 2, rooms: 2 * (roles.length + 1) + 1, events: 0 }, roles, now)).toThrow(
      /at most/,
    );
  });
});

describe('the ten-item change', () => {
  it('retitles and moves exactly the asked number of upcoming scheduled events, leaving the rest untouched', () => {
    const { content: changedContent, changed } = withChangedEvents(content, 10, now);
    expect(changed).toHaveLength(10);
    const before = new Map(content.events.map((event) => [event.slug, event]));
    for (const event of changedContent.events) {
      const original = before.get(event.slug)!;
      if (changed.includes(event.slug)) {
        expect(event.data.title).not.toBe(original.data.title);
        expect(Date.parse(event.data.start) - Date.parse(original.data.start)).toBe(3_600_000);
        expect(eventSchema.safeParse(event.data).success).toBe(true);
      } else {
        expect(event).toBe(original);
      }
    }
  });
});

describe('a written content tree', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hiroba-bench-content-'));
    await writeContentTree(folder, sampleRoot, content);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('holds the sample programmes, roles and guides beside the generated files', async () => {
    for (const shared of ['programmes', 'roles'])
      expect((await readdir(join(folder, shared))).sort()).toEqual((await readdir(join(sampleRoot, shared))).sort());
    expect((await readdir(join(folder, 'guides'))).sort()).toEqual((await readdir(join(sampleRoot, 'guides'))).sort());
    expect(await readdir(join(folder, 'rooms'))).toHaveLength(size.rooms);
  });

  it('passes the content check without errors or warnings', async () => {
    const result = await checkContent(folder, now);
    expect(result.problems).toEqual([]);
    const shared = ['programmes', 'roles', 'guides'].map(
      async (folder) => (await readdir(join(sampleRoot, folder))).length,
    );
    const sharedFiles = (await Promise.all(shared)).reduce((sum, count) => sum + count, 0);
    expect(result.fileCount).toBe(1 + size.conditions + size.rooms + size.events + sharedFiles);
  });
});
