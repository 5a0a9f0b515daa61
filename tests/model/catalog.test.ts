import { describe, expect, it } from 'vitest';
import { canJoin, createCatalog } from '../../src/model/catalog.ts';
import type { Condition, EventEntry, Guide, Role, Room } from '../../src/schemas/index.ts';

const condition = (id: string, order: number, mentalHealth = false) => ({
  id,
  file: `content/conditions/${id}.mdx`,
  body: '',
  data: {
    name: id,
    reading: 'な',
    aliases: [],
    status: 'open',
    summary: 's',
    mentalHealth,
    color: '000000',
    order,
  } satisfies Condition,
});
const role = (id: string, order: number) => ({
  id,
  file: `content/roles/${id}.mdx`,
  body: '',
  data: { name: id, shortName: id, reading: 'な', aliases: [], summary: 's', order } satisfies Role,
});
const room = (id: string, conditionId: string, roles: string[], more: Partial<Room> = {}) => ({
  id,
  file: `content/rooms/${id}.mdx`,
  body: '',
  data: {
    name: id,
    condition: conditionId,
    roles,
    status: 'open',
    summary: 's',
    mottos: ['m'],
    rules: ['r'],
    visibility: 'public',
    color: '000000',
    order: 100,
    ...more,
  } satisfies Room,
});
const event = (id: string, rooms: string[], start: string) => ({
  id,
  file: `content/events/${id}.mdx`,
  body: '',
  data: {
    title: id,
    summary: 's',
    rooms,
    roles: ['parent'],
    eligibility: ['e'],
    start,
    end: start,
    format: 'online',
    online: 'Zoom',
    fee: '無料',
    apply: { how: 'h', deadline: start },
    status: 'scheduled',
  } satisfies EventEntry,
});
const guide = {
  id: 'forum',
  file: 'content/guides/forum.mdx',
  body: '',
  data: { title: 't', channel: 'forum', summary: 's', steps: [{ title: 'a', detail: 'b' }] } satisfies Guide,
};

const catalog = createCatalog({
  conditions: [condition('mental-illness', 40, true), condition('scleroderma', 10), condition('mpa', 20)],
  roles: [role('parent', 30), role('patient', 10), role('family', 20), role('sibling', 40)],
  rooms: [
    room('family-salon-parent', 'mental-illness', ['parent'], {
      visibility: 'members',
      forumGroup: 'salon_parent',
      forumSlug: 'parent',
    }),
    room('mpa', 'mpa', ['patient', 'family'], { forumSlug: 'community' }),
    room('scleroderma', 'scleroderma', ['patient', 'family'], { status: 'preparing', openingNote: 'n' }),
  ],
  events: [
    event('later', ['family-salon-parent'], '2027-02-13T14:00:00+09:00'),
    event('sooner', ['mpa'], '2026-12-12T14:00:00+09:00'),
  ],
  guides: [guide],
});

describe('the catalog of content the pages are built from', () => {
  it('lists conditions and roles in their staff-given order', () => {
    expect(catalog.conditions.map((c) => c.id)).toEqual(['scleroderma', 'mpa', 'mental-illness']);
    expect(catalog.roles.map((r) => r.id)).toEqual(['patient', 'family', 'parent', 'sibling']);
  });

  it('lists rooms in the order of their conditions, and events by start', () => {
    expect(catalog.rooms.map((r) => r.id)).toEqual(['scleroderma', 'mpa', 'family-salon-parent']);
    expect(catalog.events.map((e) => e.id)).toEqual(['sooner', 'later']);
  });

  it('has one condition-and-role page for every pair some room serves, and no other', () => {
    expect(catalog.pairs.map((p) => `${p.condition.id}/${p.role.id}`)).toEqual([
      'scleroderma/patient',
      'scleroderma/family',
      'mpa/patient',
      'mpa/family',
      'mental-illness/parent',
    ]);
    expect(catalog.rolesServedIn('mental-illness').map((r) => r.id)).toEqual(['parent']);
  });

  it('marks as mental-health the rooms, events and roles of a mental-health condition only', () => {
    expect(catalog.isMentalHealthRoom(catalog.room('family-salon-parent'))).toBe(true);
    expect(catalog.isMentalHealthRoom(catalog.room('mpa'))).toBe(false);
    expect(catalog.isMentalHealthEvent(catalog.event('later'))).toBe(true);
    expect(catalog.isMentalHealthEvent(catalog.event('sooner'))).toBe(false);
    expect(catalog.isMentalHealthRole('parent')).toBe(true);
    expect(catalog.isMentalHealthRole('family')).toBe(false);
    expect(catalog.isMentalHealthRole('sibling')).toBe(false);
  });

  it('gives a room its forum address: condition and room forum slugs, and the group of a members-only room', () => {
    expect(catalog.forumAddressOf(catalog.room('mpa'))).toEqual({
      conditionForumSlug: 'mpa',
      roomForumSlug: 'community',
      group: undefined,
    });
    expect(catalog.forumAddressOf(catalog.room('family-salon-parent'))).toEqual({
      conditionForumSlug: 'mental-illness',
      roomForumSlug: 'parent',
      group: 'salon_parent',
    });
  });

  it('offers a join link only for open rooms', () => {
    expect(canJoin(catalog.room('mpa'))).toBe(true);
    expect(canJoin(catalog.room('scleroderma'))).toBe(false);
  });

  it('finds the guide of a join channel', () => {
    expect(catalog.guide('forum')?.id).toBe('forum');
    expect(catalog.guide('chat')).toBeUndefined();
  });

  it('lists every reference that points nowhere, and stops on one when asked for it, naming the file and field', () => {
    const broken = createCatalog({
      conditions: [],
      roles: [],
      rooms: [room('orphan', 'no-such-condition', ['parent'])],
      events: [],
      guides: [],
    });
    expect(broken.broken.map((reference) => [reference.entry.file, reference.path.join('.'), reference.id])).toEqual([
      ['content/rooms/orphan.mdx', 'condition', 'no-such-condition'],
      ['content/rooms/orphan.mdx', 'roles.0', 'parent'],
    ]);
    expect(broken.rolesOf(broken.room('orphan'))).toEqual([]);
    expect(() => broken.conditionOf(broken.room('orphan'))).toThrow(
      'content/rooms/orphan.mdx condition — content/conditions/no-such-condition.mdx がありません。',
    );
  });
});
