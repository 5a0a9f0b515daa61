import type { Condition, EventEntry, Guide, JoinChannel, Role, Room } from '../schemas/index.ts';
import { formatProblem, problemAt, type Place } from '../lib/problem.ts';
import type { ContentSet, Entry } from './entry.ts';
import { soonestFirst } from './events.ts';
import { forumSlugOf, type ForumRoomAddress } from './urls.ts';

/** The entries of every collection, as the loader or Astro hands them over. */
export type CatalogContent = Omit<ContentSet, 'site'>;

/** The collections a reference can point into. */
export type ReferencedCollection = 'conditions' | 'roles' | 'rooms';

/** A reference to an entry that does not exist: `field` of `entry` names `id` in `collection`. */
interface BrokenReference {
  entry: Entry<unknown>;
  path: readonly (string | number)[];
  collection: ReferencedCollection;
  id: string;
}

/** A condition and a role that at least one room serves together: one `/conditions/<c>/<r>/` page. */
interface ServedPair {
  condition: Entry<Condition>;
  role: Entry<Role>;
  rooms: Entry<Room>[];
}

/** Only an open room offers a join link and QR code; a preparing or closed one says why not instead. */
export function canJoin(room: Pick<Entry<Pick<Room, 'status'>>, 'data'>): boolean {
  return room.data.status === 'open';
}

const byOrder = <T extends Entry<{ order: number }>>(a: T, b: T) =>
  a.data.order - b.data.order || a.id.localeCompare(b.id);

/**
 * All content, sorted the way lists show it, with every reference between files resolved once. The pages, the
 * checker and the forum sync all read this one catalogue. A reference that points nowhere is listed in `broken`
 * (the checker reports it) and left out of the resolved lists.
 */
export function createCatalog(content: CatalogContent) {
  const conditions = [...content.conditions].sort(byOrder);
  const roles = [...content.roles].sort(byOrder);
  const conditionById = new Map(conditions.map((entry) => [entry.id, entry]));
  const roleById = new Map(roles.map((entry) => [entry.id, entry]));
  const conditionRank = new Map(conditions.map((entry, index) => [entry.id, index]));
  const rooms = [...content.rooms].sort(
    (a, b) => (conditionRank.get(a.data.condition) ?? 0) - (conditionRank.get(b.data.condition) ?? 0) || byOrder(a, b),
  );
  const roomById = new Map(rooms.map((entry) => [entry.id, entry]));
  const events = soonestFirst(content.events);
  const eventById = new Map(events.map((entry) => [entry.id, entry]));

  const broken: BrokenReference[] = [];
  const resolve = <T>(
    entry: Entry<unknown>,
    path: (string | number)[],
    collection: ReferencedCollection,
    index: Map<string, T>,
    id: string,
  ) => {
    const found = index.get(id);
    if (!found) broken.push({ entry, path, collection, id });
    return found;
  };
  const resolveList = <T>(
    entry: Entry<unknown>,
    field: string,
    collection: ReferencedCollection,
    index: Map<string, T>,
    ids: string[],
  ) => ids.flatMap((id, position) => resolve(entry, [field, position], collection, index, id) ?? []);

  const roomCondition = new Map<string, Entry<Condition>>();
  const roomRoles = new Map<string, Entry<Role>[]>();
  for (const room of rooms) {
    const condition = resolve(room, ['condition'], 'conditions', conditionById, room.data.condition);
    if (condition) roomCondition.set(room.id, condition);
    roomRoles.set(room.id, resolveList(room, 'roles', 'roles', roleById, room.data.roles));
  }
  const eventRooms = new Map<string, Entry<Room>[]>();
  const eventRoles = new Map<string, Entry<Role>[]>();
  for (const event of events) {
    eventRooms.set(event.id, resolveList(event, 'rooms', 'rooms', roomById, event.data.rooms));
    eventRoles.set(event.id, resolveList(event, 'roles', 'roles', roleById, event.data.roles));
  }

  const find = <T>(index: Map<string, T>, key: string, missing: string, usedAt?: { file: string; place: Place }): T => {
    const found = index.get(key);
    if (found) return found;
    const message = `content/${missing}.mdx がありません。npm run check で確かめてください。`;
    throw new Error(usedAt ? formatProblem(problemAt(usedAt, message)) : `「${key}」 — ${message}`);
  };
  const conditionOf = (room: Entry<Room>): Entry<Condition> =>
    find(roomCondition, room.id, `conditions/${room.data.condition}`, { file: room.file, place: ['condition'] });
  const roomsOf = (conditionId: string) => rooms.filter((entry) => entry.data.condition === conditionId);
  const roomsServing = (conditionId: string, roleId: string) =>
    roomsOf(conditionId).filter((entry) => entry.data.roles.includes(roleId));
  const rolesServedIn = (conditionId: string) =>
    roles.filter((entry) => roomsServing(conditionId, entry.id).length > 0);
  const roomsOfEvent = (event: Entry<EventEntry>) => eventRooms.get(event.id) ?? [];
  const isMentalHealthRoom = (room: Entry<Room>) => roomCondition.get(room.id)?.data.mentalHealth ?? false;

  const pairs: ServedPair[] = conditions.flatMap((condition) =>
    rolesServedIn(condition.id).map((role) => ({ condition, role, rooms: roomsServing(condition.id, role.id) })),
  );

  return {
    conditions,
    roles,
    rooms,
    events,
    guides: content.guides,
    pairs,
    broken,
    condition: (id: string) => find(conditionById, id, `conditions/${id}`),
    role: (id: string) => find(roleById, id, `roles/${id}`),
    room: (id: string) => find(roomById, id, `rooms/${id}`),
    event: (id: string) => find(eventById, id, `events/${id}`),
    /** Look-ups that may miss, for the checker, which also sees content that does not resolve. */
    findCondition: (id: string) => conditionById.get(id),
    findRoom: (id: string) => roomById.get(id),
    /** The ids of a collection in file order, for did-you-mean suggestions. */
    ids: (collection: ReferencedCollection) => content[collection].map((entry) => entry.id),
    roomsOf,
    roomsServing,
    rolesServedIn,
    conditionOf,
    roomsOfEvent,
    rolesOf: (entry: Entry<Room> | Entry<EventEntry>): Entry<Role>[] =>
      ('condition' in entry.data ? roomRoles : eventRoles).get(entry.id) ?? [],
    guide: (channel: JoinChannel): Entry<Guide> | undefined =>
      content.guides.find((entry) => entry.data.channel === channel),
    isMentalHealthRoom,
    /** A role is sensitive when any mental-health room serves it: its page gets the urgent-help notice. */
    isMentalHealthRole: (roleId: string) =>
      rooms.some((room) => room.data.roles.includes(roleId) && isMentalHealthRoom(room)),
    isMentalHealthEvent: (event: Entry<EventEntry>) => roomsOfEvent(event).some(isMentalHealthRoom),
    /** Where the room lives on the forum; members-only rooms admit newcomers through their group. */
    forumAddressOf: (room: Entry<Room>): ForumRoomAddress => ({
      conditionForumSlug: forumSlugOf(conditionOf(room)),
      roomForumSlug: forumSlugOf(room),
      group: room.data.visibility === 'members' ? room.data.forumGroup : undefined,
    }),
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
