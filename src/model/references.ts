import type { Condition, EventEntry, Programme, Role, Room } from '../schemas/index.ts';
import { formatProblem, problemAt, type Place } from '../lib/problem.ts';
import type { ContentSet, Entry } from './entry.ts';

/** The collections a reference can point into. */
export type ReferencedCollection = 'programmes' | 'conditions' | 'roles' | 'rooms';

/** A reference to an entry that does not exist: the field at `path` of `entry` names `id` in `collection`. */
interface BrokenReference {
  entry: Entry<unknown>;
  path: readonly (string | number)[];
  collection: ReferencedCollection;
  id: string;
}

type Collections = Omit<ContentSet, 'site'>;

/**
 * Every reference between content files, resolved once: a room's programme, condition and roles; an event's
 * programme, rooms and roles; a guide's programme. What points nowhere is collected in `broken`.
 */
export function createReferences(content: Collections) {
  const byId = <T extends Entry<unknown>>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  const index = {
    programmes: byId(content.programmes),
    conditions: byId(content.conditions),
    roles: byId(content.roles),
    rooms: byId(content.rooms),
  };
  const eventIndex = byId(content.events);
  const broken: BrokenReference[] = [];

  const resolve = <T>(
    entry: Entry<unknown>,
    path: (string | number)[],
    collection: ReferencedCollection,
    found: Map<string, T>,
    id: string,
  ): T | undefined => {
    const target = found.get(id);
    if (!target) broken.push({ entry, path, collection, id });
    return target;
  };
  const resolveAll = <T>(
    entry: Entry<unknown>,
    field: string,
    collection: ReferencedCollection,
    found: Map<string, T>,
    ids: string[],
  ) => ids.flatMap((id, position) => resolve(entry, [field, position], collection, found, id) ?? []);

  const roomProgramme = new Map<string, Entry<Programme>>();
  const roomCondition = new Map<string, Entry<Condition>>();
  const roomRoles = new Map<string, Entry<Role>[]>();
  for (const room of content.rooms) {
    const programme = resolve(room, ['programme'], 'programmes', index.programmes, room.data.programme);
    if (programme) roomProgramme.set(room.id, programme);
    const condition = resolve(room, ['condition'], 'conditions', index.conditions, room.data.condition);
    if (condition) roomCondition.set(room.id, condition);
    roomRoles.set(room.id, resolveAll(room, 'roles', 'roles', index.roles, room.data.roles));
  }
  const eventProgramme = new Map<string, Entry<Programme>>();
  const eventRooms = new Map<string, Entry<Room>[]>();
  const eventRoles = new Map<string, Entry<Role>[]>();
  for (const event of content.events) {
    const programme = resolve(event, ['programme'], 'programmes', index.programmes, event.data.programme);
    if (programme) eventProgramme.set(event.id, programme);
    eventRooms.set(event.id, resolveAll(event, 'rooms', 'rooms', index.rooms, event.data.rooms));
    eventRoles.set(event.id, resolveAll(event, 'roles', 'roles', index.roles, event.data.roles));
  }
  for (const guide of content.guides) {
    if (guide.data.programme !== undefined)
      resolve(guide, ['programme'], 'programmes', index.programmes, guide.data.programme);
  }

  /** A look-up that must succeed once the check has passed; if not, it says which file to fix. */
  const required = <T>(found: T | undefined, missing: string, usedAt?: { file: string; place: Place }): T => {
    if (found) return found;
    const message = `content/${missing}.mdx がありません。npm run check で確かめてください。`;
    throw new Error(usedAt ? formatProblem(problemAt(usedAt, message)) : message);
  };

  return {
    broken,
    roomProgramme: (room: Entry<Room>) =>
      required(roomProgramme.get(room.id), `programmes/${room.data.programme}`, {
        file: room.file,
        place: ['programme'],
      }),
    findRoomProgramme: (room: Entry<Room>) => roomProgramme.get(room.id),
    roomCondition: (room: Entry<Room>) =>
      required(roomCondition.get(room.id), `conditions/${room.data.condition}`, {
        file: room.file,
        place: ['condition'],
      }),
    roomRoles: (room: Entry<Room>) => roomRoles.get(room.id) ?? [],
    eventProgramme: (event: Entry<EventEntry>) =>
      required(eventProgramme.get(event.id), `programmes/${event.data.programme}`, {
        file: event.file,
        place: ['programme'],
      }),
    eventRooms: (event: Entry<EventEntry>) => eventRooms.get(event.id) ?? [],
    eventRoles: (event: Entry<EventEntry>) => eventRoles.get(event.id) ?? [],
    findCondition: (id: string) => index.conditions.get(id),
    lookups: {
      programme: (id: string) => required(index.programmes.get(id), `programmes/${id}`),
      condition: (id: string) => required(index.conditions.get(id), `conditions/${id}`),
      role: (id: string) => required(index.roles.get(id), `roles/${id}`),
      room: (id: string) => required(index.rooms.get(id), `rooms/${id}`),
      event: (id: string) => required(eventIndex.get(id), `events/${id}`),
      /** Look-ups that may miss, for the checker, which also sees content that does not resolve. */
      findCondition: (id: string) => index.conditions.get(id),
      findRoom: (id: string) => index.rooms.get(id),
      findProgramme: (id: string) => index.programmes.get(id),
      /** The ids of a collection in file order, for did-you-mean suggestions. */
      ids: (collection: ReferencedCollection) => [...index[collection].keys()],
    },
  };
}
