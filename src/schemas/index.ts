export { conditionSchema, communityStatus, type Condition, type CommunityStatus } from './condition.ts';
export { roleSchema, type Role } from './role.ts';
export { roomSchema, roomVisibility, type Room, type RoomVisibility } from './room.ts';
export { eventSchema, eventFormat, eventStatus, type EventEntry, type EventFormat, type EventStatus } from './event.ts';
export { guideSchema, joinChannel, type Guide, type JoinChannel } from './guide.ts';
export { siteSchema, crisisResourceSchema, type Site, type CrisisResource } from './site.ts';
