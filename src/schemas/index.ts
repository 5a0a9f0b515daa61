export { conditionSchema, type Condition, type CommunityStatus } from './condition.ts';
export { roleSchema, type Role } from './role.ts';
export { roomSchema, type Room } from './room.ts';
export { eventSchema, type EventEntry, type EventFormat, type EventStatus } from './event.ts';
export { guideSchema, type Guide, type JoinChannel } from './guide.ts';
export { siteSchema, type Site, type CrisisResource } from './site.ts';
