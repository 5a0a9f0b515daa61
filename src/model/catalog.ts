import type { Condition, EventEntry, Guide, JoinChannel, Role, Room } from '../schemas/index.ts';
import { forumSlugOf, type ForumRoomAddress } from './urls.ts';

/** A validated content entry as a collection hands it out: its file name and its frontmatter. */
export interface Item<T> {
  id: string;
  data: T;
}

/** The entry type of each collection; Astro's own entry types fit, so pages can still render bodies. */
export interface EntryKinds {
  conditions: Item<Condition>;
  roles: Item<Role>;
  rooms: Item<Room>;
  events: Item<EventEntry>;
  guides: Item<Guide>;
}

export type CatalogInput<K extends EntryKinds> = { [C in keyof EntryKinds]: K[C][] };

/** A condition and a role that at least one room serves together: one `/conditions/<c>/<r>/` page. */
export interface ServedPair<K extends EntryKinds> {
  condition: K['conditions'];
  role: K['roles'];
  rooms: K['rooms'][];
}

/** Only an open room offers a join link and QR code; a preparing or closed one says why not instead. */
export function canJoin(room: Item<Pick<Room, 'status'>>): boolean {
  return room.data.status === 'open';
}

/**
 * All content, sorted the way lists show it, with the lookups pages need. References were checked by the content
 * checker; a broken one still stops the build here with the file to fix.
 */
export function createCatalog<K extends EntryKinds>(input: CatalogInput<K>) {
  const byOrder = <T extends Item<{ order: number }>>(a: T, b: T) => a.data.order - b.data.order || a.id.localeCompare(b.id);
  const conditions = [...input.conditions].sort(byOrder);
  const roles = [...input.roles].sort(byOrder);
  const conditionRank = new Map(conditions.map((entry, index) => [entry.id, index]));
  const rooms = [...input.rooms].sort(
    (a, b) => (conditionRank.get(a.data.condition) ?? 0) - (conditionRank.get(b.data.condition) ?? 0) || byOrder(a, b),
  );
  const events = [...input.events].sort((a, b) => Date.parse(a.data.start) - Date.parse(b.data.start) || a.id.localeCompare(b.id));

  const find = <T extends Item<unknown>>(list: T[], id: string, folder: string, usedBy: string): T => {
    const found = list.find((entry) => entry.id === id);
    if (!found) throw new Error(`${usedBy} — content/${folder}/${id}.mdx がありません。ファイル名を確かめてください。`);
    return found;
  };

  const condition = (id: string, usedBy = `「${id}」`) => find(conditions, id, 'conditions', usedBy);
  const role = (id: string, usedBy = `「${id}」`) => find(roles, id, 'roles', usedBy);
  const room = (id: string, usedBy = `「${id}」`) => find(rooms, id, 'rooms', usedBy);
  const event = (id: string, usedBy = `「${id}」`) => find(events, id, 'events', usedBy);

  const roomsOf = (conditionId: string) => rooms.filter((entry) => entry.data.condition === conditionId);
  const roomsServing = (conditionId: string, roleId: string) =>
    roomsOf(conditionId).filter((entry) => entry.data.roles.includes(roleId));
  const roomsForRole = (roleId: string) => rooms.filter((entry) => entry.data.roles.includes(roleId));
  const rolesServedIn = (conditionId: string) =>
    roles.filter((entry) => roomsServing(conditionId, entry.id).length > 0);
  const conditionOf = (entry: K['rooms']) => condition(entry.data.condition, `content/rooms/${entry.id}.mdx condition`);
  const roomsOfEvent = (entry: K['events']) =>
    entry.data.rooms.map((id, index) => room(id, `content/events/${entry.id}.mdx rooms[${index}]`));

  const pairs: ServedPair<K>[] = conditions.flatMap((conditionEntry) =>
    rolesServedIn(conditionEntry.id).map((roleEntry) => ({
      condition: conditionEntry,
      role: roleEntry,
      rooms: roomsServing(conditionEntry.id, roleEntry.id),
    })),
  );

  const isMentalHealthRoom = (entry: K['rooms']) => conditionOf(entry).data.mentalHealth;

  return {
    conditions,
    roles,
    rooms,
    events,
    pairs,
    condition,
    role,
    room,
    event,
    roomsOf,
    roomsServing,
    rolesServedIn,
    conditionOf,
    roomsOfEvent,
    rolesOf: (entry: K['rooms'] | K['events'], file: string) =>
      entry.data.roles.map((id, index) => role(id, `${file} roles[${index}]`)),
    guide: (channel: JoinChannel) => input.guides.find((entry) => entry.data.channel === channel),
    isMentalHealthRoom,
    /** A role is sensitive when any mental-health room serves it: its page gets the urgent-help notice. */
    isMentalHealthRole: (roleId: string) => roomsForRole(roleId).some(isMentalHealthRoom),
    isMentalHealthEvent: (entry: K['events']) => roomsOfEvent(entry).some(isMentalHealthRoom),
    /** Where the room lives on the forum; members-only rooms admit newcomers through their group. */
    forumAddressOf: (entry: K['rooms']): ForumRoomAddress => ({
      conditionForumSlug: forumSlugOf({ slug: entry.data.condition, data: conditionOf(entry).data }),
      roomForumSlug: forumSlugOf({ slug: entry.id, data: entry.data }),
      group: entry.data.visibility === 'members' ? entry.data.forumGroup : undefined,
    }),
  };
}

export type Catalog<K extends EntryKinds> = ReturnType<typeof createCatalog<K>>;
