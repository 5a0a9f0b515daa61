export { conditionSchema, type Condition, type CommunityStatus } from './condition.ts';
export { roleSchema, type Role } from './role.ts';
export { roomSchema, type Room } from './room.ts';
export { eventSchema, type EventEntry, type EventFormat, type EventStatus } from './event.ts';
export { guideSchema, type Guide } from './guide.ts';
export { programmeSchema, type Campaign, type Medium, type Programme } from './programme.ts';
export { type ChannelKind, type ProgrammeChannel, type RoomChannel } from './channel.ts';
export { siteSchema, type Site, type CrisisResource, type CrisisTier } from './site.ts';
export { type Review } from './review.ts';
