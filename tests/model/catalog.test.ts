import { describe, expect, it } from 'vitest';
import { canJoin, createCatalog } from '../../src/model/catalog.ts';
import {
  programmeSchema,
  type Condition,
  type EventEntry,
  type Guide,
  type Programme,
  type Role,
  type Room,
} from '../../src/schemas/index.ts';

const condition = (id: string, order: number, mentalHealth = false) => ({
  id,
  file: `content/conditions/${id}.mdx`,
  body: '',
  data: {
    name: id,
    reading: 'な',
    aliases: [],
    searchWords: [],
    status: 'open',
    summary: 's',
    mentalHealth,
    color: '000000',
    order,
    sources: [],
    facts: [],
    lastReviewed: '2026-11-01',
  } satisfies Condition,
});
const role = (id: string, order: number) => ({
  id,
  file: `content/roles/${id}.mdx`,
  body: '',
  data: {
    name: id,
    shortName: id,
    reading: 'な',
    aliases: [],
    searchWords: [],
    summary: 's',
    order,
    forChildren: false,
    lastReviewed: '2026-11-01',
  } satisfies Role,
});
const room = (id: string, conditionId: string, roles: string[], more: Partial<Room> = {}) => ({
  id,
  file: `content/rooms/${id}.mdx`,
  body: '',
  data: {
    name: id,
    programme: conditionId === 'mental-illness' ? 'salon' : 'rare',
    condition: conditionId,
    roles,
    status: 'open',
    summary: 's',
    visibility: 'public',
    color: '000000',
    order: 100,
    forChildren: false,
    lastReviewed: '2026-11-01',
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
    programme: rooms.includes('family-salon-parent') ? 'salon' : 'rare',
    openTo: 'room-members',
    rooms,
    roles: ['parent'],
    eligibility: ['e'],
    start,
    end: start,
    format: 'online',
    online: 'Zoom',
    fee: '無料',
    apply: { method: 'registration', how: 'h', deadline: start },
    status: 'scheduled',
    forChildren: false,
  } satisfies EventEntry,
});
const guide = (id: string, channel: Guide['channel'], programme?: string) => ({
  id,
  file: `content/guides/${id}.mdx`,
  body: '',
  data: {
    title: id,
    channel,
    ...(programme ? { programme } : {}),
    summary: 's',
    steps: [{ title: 'a', detail: 'b' }],
    lastReviewed: '2026-11-01',
  } satisfies Guide,
});
const programme = (id: string, order: number, channels: Programme['channels']) => ({
  id,
  file: `content/programmes/${id}.mdx`,
  body: '',
  data: programmeSchema.parse({
    name: id,
    summary: 's',
    audience: 'a',
    operator: { name: 'o', email: 'o@example.jp' },
    mottos: [`${id} motto`],
    rules: [`${id} rule`],
    privacy: ['p'],
    registration: { who: 'w', anonymous: true, how: 'h' },
    moderation: { by: 'b', response: 'r' },
    channels,
    order,
    lastReviewed: '2026-11-01',
  }),
});

const catalog = createCatalog({
  programmes: [
    programme('salon', 20, [
      { kind: 'registration', url: 'https://salon.example/register', tracking: true },
      { kind: 'forum', tracking: true },
    ]),
    programme('rare', 10, [
      { kind: 'chat', app: 'LINE オープンチャット', tracking: true },
      { kind: 'forum', tracking: true },
    ]),
  ],
  conditions: [condition('mental-illness', 40, true), condition('scleroderma', 10), condition('mpa', 20)],
  roles: [role('parent', 30), role('patient', 10), role('family', 20), role('sibling', 40)],
  rooms: [
    room('family-salon-parent', 'mental-illness', ['parent'], {
      visibility: 'members',
      forumGroup: 'salon_parent',
      forumSlug: 'parent',
    }),
    room('mpa', 'mpa', ['patient', 'family'], {
      forumSlug: 'community',
      channels: [{ kind: 'chat', url: 'https://line.me/ti/g2/mpa' }],
      mottos: ['mpa motto'],
      rules: ['mpa rule'],
    }),
    room('scleroderma', 'scleroderma', ['patient', 'family'], { status: 'preparing', openingNote: 'n' }),
  ],
  events: [
    event('later', ['family-salon-parent'], '2027-02-13T14:00:00+09:00'),
    event('sooner', ['mpa'], '2026-12-12T14:00:00+09:00'),
  ],
  guides: [guide('forum', 'forum'), guide('salon-registration', 'registration', 'salon')],
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
    expect(catalog.pairsOfRole('family').map((p) => p.condition.id)).toEqual(['scleroderma', 'mpa']);
    expect(catalog.pairsOfRole('sibling')).toEqual([]);
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

  it('marks as sensitive the pages of the programme with mental-health rooms, unless staff say otherwise', () => {
    expect(catalog.isSensitiveProgramme(catalog.programme('salon'))).toBe(true);
    expect(catalog.isSensitiveProgramme(catalog.programme('rare'))).toBe(false);
    expect(catalog.isSensitiveRoom(catalog.room('family-salon-parent'))).toBe(true);
    expect(catalog.isSensitiveRoom(catalog.room('mpa'))).toBe(false);
    expect(catalog.isSensitiveEvent(catalog.event('later'))).toBe(true);
    expect(catalog.isSensitiveEvent(catalog.event('sooner'))).toBe(false);
    expect(catalog.isSensitiveCondition(catalog.condition('mental-illness'))).toBe(true);
    expect(catalog.isSensitiveCondition(catalog.condition('mpa'))).toBe(false);
    expect(catalog.isSensitiveRole('parent')).toBe(true);
    expect(catalog.isSensitiveRole('patient')).toBe(false);

    const [salon, rare] = [catalog.programme('salon'), catalog.programme('rare')];
    const marked = createCatalog({
      ...catalog,
      programmes: [
        { ...salon, data: { ...salon.data, sensitive: false } },
        { ...rare, data: { ...rare.data, sensitive: true } },
      ],
    });
    expect(marked.isSensitiveRoom(marked.room('family-salon-parent'))).toBe(false);
    expect(marked.isSensitiveRoom(marked.room('mpa'))).toBe(true);
    expect(marked.isSensitiveCondition(marked.condition('mpa'))).toBe(true);
    // A mental-health condition stays sensitive whoever runs its rooms.
    expect(marked.isSensitiveCondition(marked.condition('mental-illness'))).toBe(true);
  });

  it('writes a condition × role page for children when its role is for children', () => {
    const child = { ...catalog.role('parent'), data: { ...catalog.role('parent').data, forChildren: true } };
    const withChild = createCatalog({ ...catalog, roles: [...catalog.roles.filter((r) => r.id !== 'parent'), child] });
    expect(withChild.pairs.filter(withChild.isForChildrenPair).map((p) => `${p.condition.id}/${p.role.id}`)).toEqual([
      'mental-illness/parent',
    ]);
    expect(catalog.pairs.filter(catalog.isForChildrenPair)).toEqual([]);
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

  it('lists programmes in their order, and knows each room’s and event’s programme', () => {
    expect(catalog.programmes.map((p) => p.id)).toEqual(['rare', 'salon']);
    expect(catalog.programmeOf(catalog.room('family-salon-parent')).id).toBe('salon');
    expect(catalog.programmeOf(catalog.event('sooner')).id).toBe('rare');
    expect(catalog.roomsOfProgramme(catalog.programme('rare')).map((r) => r.id)).toEqual(['scleroderma', 'mpa']);
    expect(catalog.eventsOfProgramme(catalog.programme('salon')).map((e) => e.id)).toEqual(['later']);
  });

  it('gives a room its programme’s mottos unless it has its own, and the programme’s rules followed by its own', () => {
    expect(catalog.mottosOf(catalog.room('family-salon-parent'))).toEqual(['salon motto']);
    expect(catalog.mottosOf(catalog.room('mpa'))).toEqual(['mpa motto']);
    expect(catalog.rulesOf(catalog.room('family-salon-parent'))).toEqual(['salon rule']);
    expect(catalog.rulesOf(catalog.room('mpa'))).toEqual(['rare rule', 'mpa rule']);
  });

  it('gives a room the ways in it names, or else its programme’s registration page and forum', () => {
    expect(catalog.channelsOf(catalog.room('family-salon-parent')).map((c) => c.kind)).toEqual([
      'registration',
      'forum',
    ]);
    expect(catalog.channelsOf(catalog.room('mpa')).map((c) => c.kind)).toEqual(['chat']);
    expect(catalog.channelsOf(catalog.room('scleroderma')).map((c) => c.kind)).toEqual(['forum']);
    expect(catalog.hasChannel(catalog.room('mpa'), 'forum')).toBe(false);
    expect(catalog.channelMismatches).toEqual([]);
  });

  it('finds a programme’s own guide for a kind of channel before the shared one', () => {
    expect(catalog.guideFor(catalog.programme('salon'), 'registration')?.id).toBe('salon-registration');
    expect(catalog.guideFor(catalog.programme('rare'), 'registration')).toBeUndefined();
    expect(catalog.guideFor(catalog.programme('rare'), 'forum')?.id).toBe('forum');
    expect(catalog.guideFor(catalog.programme('rare'), 'chat')).toBeUndefined();
  });

  it('lists every reference that points nowhere, and stops on one when asked for it, naming the file and field', () => {
    const broken = createCatalog({
      programmes: [],
      conditions: [],
      roles: [],
      rooms: [room('orphan', 'no-such-condition', ['parent'])],
      events: [],
      guides: [],
    });
    expect(broken.broken.map((reference) => [reference.entry.file, reference.path.join('.'), reference.id])).toEqual([
      ['content/rooms/orphan.mdx', 'programme', 'rare'],
      ['content/rooms/orphan.mdx', 'condition', 'no-such-condition'],
      ['content/rooms/orphan.mdx', 'roles.0', 'parent'],
    ]);
    expect(broken.rolesOf(broken.room('orphan'))).toEqual([]);
    expect(() => broken.conditionOf(broken.room('orphan'))).toThrow(
      'content/rooms/orphan.mdx condition — content/conditions/no-such-condition.mdx がありません。',
    );
  });
});
