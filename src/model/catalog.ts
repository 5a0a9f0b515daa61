import type { ChannelKind, Condition, EventEntry, Guide, Programme, Role, Room } from '../schemas/index.ts';
import { resolveChannels, type ChannelMismatch, type JoinChannel } from './channels.ts';
import type { ContentSet, Entry } from './entry.ts';
import { soonestFirst } from './events.ts';
import { createReferences } from './references.ts';
import { forumSlugOf, type ForumRoomAddress } from './urls.ts';

/** The entries of every collection, as the loader or Astro hands them over. */
export type CatalogContent = Omit<ContentSet, 'site'>;

/** A condition and a role that at least one room serves together: one `/conditions/<c>/<r>/` page. */
interface ServedPair {
  condition: Entry<Condition>;
  role: Entry<Role>;
  rooms: Entry<Room>[];
}

/** A room's channel that its programme does not offer (or that lacks what it needs), for the checker. */
interface RoomChannelMismatch extends ChannelMismatch {
  room: Entry<Room>;
  programme: Entry<Programme>;
}

/** Only an open room offers join links and QR codes; a preparing or closed one says why not instead. */
export function canJoin(room: Pick<Entry<Pick<Room, 'status'>>, 'data'>): boolean {
  return room.data.status === 'open';
}

const isRoom = (entry: Entry<Room> | Entry<EventEntry>): entry is Entry<Room> => 'condition' in entry.data;

const byOrder = <T extends Entry<{ order: number }>>(a: T, b: T) =>
  a.data.order - b.data.order || a.id.localeCompare(b.id);

/**
 * All content, sorted the way lists show it, with every reference between files resolved once. The pages, the
 * checker and the forum sync all read this one catalogue. A reference that points nowhere is listed in `broken`
 * (the checker reports it) and left out of the resolved lists.
 */
export function createCatalog(content: CatalogContent) {
  const programmes = [...content.programmes].sort(byOrder);
  const conditions = [...content.conditions].sort(byOrder);
  const roles = [...content.roles].sort(byOrder);
  const conditionRank = new Map(conditions.map((entry, index) => [entry.id, index]));
  const rooms = [...content.rooms].sort(
    (a, b) => (conditionRank.get(a.data.condition) ?? 0) - (conditionRank.get(b.data.condition) ?? 0) || byOrder(a, b),
  );
  const events = soonestFirst(content.events);
  const refs = createReferences(content);

  const conditionOf = (room: Entry<Room>): Entry<Condition> => refs.roomCondition(room);
  const programmeOf = (entry: Entry<Room> | Entry<EventEntry>): Entry<Programme> =>
    isRoom(entry) ? refs.roomProgramme(entry) : refs.eventProgramme(entry);
  const forumAddressOf = (room: Entry<Room>): ForumRoomAddress => ({
    conditionForumSlug: forumSlugOf({
      id: room.data.condition,
      data: refs.findCondition(room.data.condition)?.data ?? {},
    }),
    roomForumSlug: forumSlugOf(room),
    group: room.data.visibility === 'members' ? room.data.forumGroup : undefined,
  });

  const roomChannels = new Map<string, JoinChannel[]>();
  const channelMismatches: RoomChannelMismatch[] = [];
  for (const room of rooms) {
    const programme = refs.findRoomProgramme(room);
    if (!programme) continue;
    const { channels, mismatches } = resolveChannels(room, programme, forumAddressOf(room));
    roomChannels.set(room.id, channels);
    channelMismatches.push(...mismatches.map((mismatch) => ({ ...mismatch, room, programme })));
  }
  const channelsOf = (room: Entry<Room>): JoinChannel[] => roomChannels.get(room.id) ?? [];
  const hasChannel = (room: Entry<Room>, kind: ChannelKind) =>
    channelsOf(room).some((channel) => channel.kind === kind);

  // Pages ask these of every condition, role and room: each is looked up, not searched for among all rooms.
  const roomsByCondition = new Map<string, Entry<Room>[]>();
  for (const room of rooms) {
    const same = roomsByCondition.get(room.data.condition);
    if (same) same.push(room);
    else roomsByCondition.set(room.data.condition, [room]);
  }
  const roomsOf = (conditionId: string) => [...(roomsByCondition.get(conditionId) ?? [])];
  const roomsServing = (conditionId: string, roleId: string) =>
    roomsOf(conditionId).filter((entry) => entry.data.roles.includes(roleId));
  const rolesServedIn = (conditionId: string) =>
    roles.filter((entry) => roomsServing(conditionId, entry.id).length > 0);
  const isMentalHealthRoom = (room: Entry<Room>) => refs.findCondition(room.data.condition)?.data.mentalHealth ?? false;

  const mentalHealthProgrammes = new Set(rooms.filter(isMentalHealthRoom).map((room) => room.data.programme));
  const isMentalHealthProgramme = (programme: Entry<Programme>) => mentalHealthProgrammes.has(programme.id);
  /** Staff's own word, else every programme with a mental-health room: being seen on its pages can hurt. */
  const isSensitiveProgramme = (programme: Entry<Programme>) =>
    programme.data.sensitive ?? isMentalHealthProgramme(programme);
  const isSensitiveRoom = (room: Entry<Room>) => {
    const programme = refs.findRoomProgramme(room);
    return programme ? isSensitiveProgramme(programme) : false;
  };

  const pairs: ServedPair[] = conditions.flatMap((condition) =>
    rolesServedIn(condition.id).map((role) => ({ condition, role, rooms: roomsServing(condition.id, role.id) })),
  );

  return {
    programmes,
    conditions,
    roles,
    rooms,
    events,
    guides: content.guides,
    pairs,
    /** The conditions a role has rooms in, as pairs: what the role's page lists. */
    pairsOfRole: (roleId: string) => pairs.filter((pair) => pair.role.id === roleId),
    broken: refs.broken,
    channelMismatches,
    ...refs.lookups,
    roomsOf,
    roomsServing,
    rolesServedIn,
    conditionOf,
    programmeOf,
    roomsOfEvent: refs.eventRooms,
    rolesOf: (entry: Entry<Room> | Entry<EventEntry>): Entry<Role>[] =>
      isRoom(entry) ? refs.roomRoles(entry) : refs.eventRoles(entry),
    roomsOfProgramme: (programme: Entry<Programme>) => rooms.filter((room) => room.data.programme === programme.id),
    eventsOfProgramme: (programme: Entry<Programme>) => events.filter((event) => event.data.programme === programme.id),
    channelsOf,
    hasChannel,
    /** A room's own mottos, else its programme's. */
    mottosOf: (room: Entry<Room>): string[] => room.data.mottos ?? programmeOf(room).data.mottos,
    /** The programme's rules, then the room's own. */
    rulesOf: (room: Entry<Room>): string[] => [...programmeOf(room).data.rules, ...(room.data.rules ?? [])],
    /** The step-by-step guide for a kind of channel: the programme's own if it has one, else the shared one. */
    guideFor: (programme: Entry<Programme>, kind: ChannelKind): Entry<Guide> | undefined =>
      content.guides.find((guide) => guide.data.channel === kind && guide.data.programme === programme.id) ??
      content.guides.find((guide) => guide.data.channel === kind && guide.data.programme === undefined),
    isMentalHealthRoom,
    /** A role is sensitive when any mental-health room serves it: its page gets the urgent-help notice. */
    isMentalHealthRole: (roleId: string) =>
      rooms.some((room) => room.data.roles.includes(roleId) && isMentalHealthRoom(room)),
    isMentalHealthEvent: (event: Entry<EventEntry>) => refs.eventRooms(event).some(isMentalHealthRoom),
    isMentalHealthProgramme,
    isSensitiveProgramme,
    isSensitiveRoom,
    /** An event is sensitive with its programme; a condition or a role with any room of a sensitive programme. */
    isSensitiveEvent: (event: Entry<EventEntry>) => isSensitiveProgramme(refs.eventProgramme(event)),
    isSensitiveCondition: (condition: Entry<Condition>) =>
      condition.data.mentalHealth || roomsOf(condition.id).some(isSensitiveRoom),
    isSensitiveRole: (roleId: string) =>
      rooms.some((room) => room.data.roles.includes(roleId) && isSensitiveRoom(room)),
    /** A condition × role page is written for children when its role is. */
    isForChildrenPair: (pair: ServedPair) => pair.role.data.forChildren,
    /** Where the room lives on the forum; members-only rooms admit newcomers through their group. */
    forumAddressOf,
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
