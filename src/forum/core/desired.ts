import { createCatalog } from '../../model/catalog.ts';
import type { ContentSet, Entry } from '../../model/entry.ts';
import { announcedTitle, announcementStanding, isCancelled } from '../../model/events.ts';
import type { Condition, EventEntry, Role, Room } from '../../schemas/index.ts';
import { forumSlugOf } from '../../model/urls.ts';
import { describePermissions } from './changes.ts';
import { externalIdFor } from './external-id.ts';
import { conditionDescription, roomDescription } from './render/about.ts';
import { announcementBody } from './render/announcement.ts';
import { welcomeBody, welcomeTitle } from './render/welcome.ts';
import type { DesiredCategory, DesiredGroup, DesiredState, DesiredTopic, Permissions } from './types.ts';

export interface DesiredOptions {
  /** The moment the sync runs for: it decides each announcement's state, pin and closing (model/events.ts). */
  now: Date;
  /** Write calendar `[event]` blocks: the content asks for them and the forum has the calendar on. */
  calendar: boolean;
}

/** What the forum should hold for this content, at this moment. */
export function desiredState(content: ContentSet, options: DesiredOptions): DesiredState {
  const catalog = createCatalog(content);
  // Only rooms with a forum channel live on the forum; a chat-only room has nothing there (offForum says so).
  const forumRooms = content.rooms.filter((room) => catalog.hasChannel(room, 'forum'));
  const roomLinks = forumRooms.map((room) => ({
    room,
    condition: catalog.conditionOf(room),
    roles: catalog.rolesOf(room),
  }));
  const forumConditions = new Set(forumRooms.map((room) => room.data.condition));

  const categories: DesiredCategory[] = [
    ...content.conditions
      .filter((condition) => forumConditions.has(condition.id))
      .map((condition) => conditionCategory(content, condition)),
    ...roomLinks.map(({ room, condition, roles }) => roomCategory(content, room, condition, roles)),
  ];

  const permissionsOf = new Map(categories.map((category) => [category.key, category.permissions]));
  const welcomeTopics = roomLinks.map(({ room, condition, roles }): DesiredTopic => ({
    key: `welcome:${room.id}`,
    kind: 'welcome',
    file: room.file,
    externalId: externalIdFor('welcome', room.id),
    categoryKey: roomKey(room),
    title: welcomeTitle(room),
    raw: welcomeBody({
      site: content.site,
      room,
      condition,
      roles,
      programme: catalog.programmeOf(room),
      mottos: catalog.mottosOf(room),
      rules: catalog.rulesOf(room),
      channels: catalog.channelsOf(room),
    }),
    status: { pinned: true, pinnedUntil: null, closed: room.data.status === 'closed', visible: true },
    facts: `読める人: ${describePermissions(permissionsOf.get(roomKey(room)) ?? {})}`,
    groups: [],
    origins: {
      title: { file: room.file, place: ['name'] },
      raw: { file: room.file, place: 'body' },
      externalId: { file: room.file, place: [] },
      category: { file: room.file, place: ['forumSlug'] },
    },
  }));

  // An event is announced in the first of its rooms that is on the forum; with none, it has no announcement.
  const announced = content.events.flatMap((event) => {
    const rooms = catalog.roomsOfEvent(event);
    const home = rooms.find((room) => catalog.hasChannel(room, 'forum'));
    return home ? [{ event, rooms, home }] : [];
  });
  const eventTopics = announced.map(({ event, rooms: eventRooms, home }): DesiredTopic => {
    const { pinnedUntil, closed } = announcementStanding(event, options.now);
    return {
      key: `event:${event.id}`,
      kind: 'event',
      file: event.file,
      externalId: externalIdFor('event', event.id),
      categoryKey: roomKey(home),
      title: announcedTitle(event),
      raw: announcementBody({
        site: content.site,
        event,
        programme: catalog.programmeOf(event),
        rooms: eventRooms,
        home,
        roles: catalog.rolesOf(event),
        channelsOf: catalog.channelsOf,
        calendar: options.calendar,
        now: options.now,
      }),
      status: { pinned: pinnedUntil !== null, pinnedUntil, closed, visible: true },
      facts: eventFacts(event),
      groups: options.calendar && !isCancelled(event) ? privateGroups(home) : [],
      origins: {
        title: { file: event.file, place: ['title'] },
        raw: { file: event.file, place: 'body' },
        externalId: { file: event.file, place: [] },
        category: { file: event.file, place: ['rooms', eventRooms.indexOf(home)] },
      },
    };
  });

  return {
    groups: roomGroups(forumRooms),
    categories,
    topics: [...welcomeTopics, ...eventTopics],
    offForum: {
      rooms: content.rooms.filter((room) => !forumRooms.includes(room)),
      events: content.events.filter((event) => !announced.some((entry) => entry.event === event)),
    },
  };
}

/** One group per distinct `forumGroup` of the members-only rooms. */
function roomGroups(rooms: Entry<Room>[]): DesiredGroup[] {
  const groups = new Map<string, DesiredGroup>();
  for (const room of rooms) {
    const name = room.data.visibility === 'members' ? room.data.forumGroup : undefined;
    if (!name || groups.has(name.toLowerCase())) continue;
    groups.set(name.toLowerCase(), {
      key: `group:${name}`,
      name,
      fullName: room.data.name,
      categoryKey: roomKey(room),
      file: room.file,
      origin: { file: room.file, place: ['forumGroup'] },
    });
  }
  return [...groups.values()];
}

function conditionKey(condition: Entry<Condition>): string {
  return `condition:${condition.id}`;
}

function roomKey(room: Entry<Room>): string {
  return `room:${room.id}`;
}

function conditionCategory(content: ContentSet, condition: Entry<Condition>): DesiredCategory {
  const file = condition.file;
  return {
    key: conditionKey(condition),
    kind: 'condition',
    file,
    parentKey: null,
    name: condition.data.name,
    slug: forumSlugOf(condition),
    color: condition.data.color,
    textColor: readableTextColor(condition.data.color),
    position: condition.data.order,
    permissions: { everyone: 1 },
    description: conditionDescription(content.site, condition),
    origins: {
      name: { file, place: ['name'] },
      // Written or not, forumSlug is where staff change the slug (it defaults to the file name).
      slug: { file, place: ['forumSlug'] },
      color: { file, place: ['color'] },
      // A condition's category is always public: nothing in the file decides it.
      permissions: { file, place: [] },
      description: { file, place: ['summary'] },
    },
  };
}

function roomCategory(
  content: ContentSet,
  room: Entry<Room>,
  condition: Entry<Condition>,
  roles: Entry<Role>[],
): DesiredCategory {
  const file = room.file;
  const permissions: Permissions =
    room.data.visibility === 'members' && room.data.forumGroup ? { [room.data.forumGroup]: 1 } : { everyone: 1 };
  return {
    key: roomKey(room),
    kind: 'room',
    file,
    parentKey: conditionKey(condition),
    name: room.data.name,
    slug: forumSlugOf(room),
    color: room.data.color,
    textColor: readableTextColor(room.data.color),
    position: room.data.order,
    permissions,
    description: roomDescription(content.site, room, roles),
    origins: {
      name: { file, place: ['name'] },
      slug: { file, place: ['forumSlug'] },
      color: { file, place: ['color'] },
      permissions: { file, place: room.data.visibility === 'members' ? ['forumGroup'] : ['visibility'] },
      description: { file, place: ['summary'] },
    },
  };
}

/** What people act on to turn up, or not: whether it takes place, when, where and how. */
function eventFacts(event: Entry<EventEntry>): string {
  const { start, end, format, venue, online } = event.data;
  const place = [venue?.name, venue?.address, online].filter(Boolean).join(' / ');
  return `${isCancelled(event) ? '中止' : '開催'} ${start}〜${end} ${format} ${place}`;
}

/** The group a members-only room's calendar events are private to (render/announcement.ts writes it). */
function privateGroups(room: Entry<Room>): string[] {
  return room.data.visibility === 'members' && room.data.forumGroup ? [room.data.forumGroup] : [];
}

/** White or black, whichever reads better on the category colour (WCAG relative luminance). */
export function readableTextColor(hex: string): string {
  const linear = (offset: number) => {
    const channel = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(0) + 0.7152 * linear(2) + 0.0722 * linear(4);
  // Contrast against white beats contrast against black below this luminance.
  return luminance < 0.179 ? 'FFFFFF' : '000000';
}
