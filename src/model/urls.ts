import type { ChannelKind, Condition, Room, Site } from '../schemas/index.ts';

/**
 * Every URL the site and the forum sync share. Paths are site-relative with a trailing slash,
 * matching `trailingSlash: 'always'`; `absolute()` makes them shareable.
 */

export const paths = {
  home: () => '/',
  conditions: () => '/conditions/',
  condition: (slug: string) => `/conditions/${slug}/`,
  conditionRole: (condition: string, role: string) => `/conditions/${condition}/${role}/`,
  roles: () => '/roles/',
  role: (slug: string) => `/roles/${slug}/`,
  room: (slug: string) => `/rooms/${slug}/`,
  roomFlyer: (slug: string) => `/rooms/${slug}/flyer/`,
  roomFlyerImage: (slug: string) => `/rooms/${slug}/flyer.png`,
  /** A room's QR code for one way in, to download: /rooms/<room>/qr/chat.png. */
  roomQr: (slug: string, channel: ChannelKind, format: 'svg' | 'png') => `/rooms/${slug}/qr/${channel}.${format}`,
  programmes: () => '/programmes/',
  programme: (slug: string) => `/programmes/${slug}/`,
  events: () => '/events/',
  /** One month's events, `month` as YYYY-MM: /events/2026/12/. */
  eventsMonth: (month: string) => `/events/${month.replace('-', '/')}/`,
  event: (slug: string) => `/events/${slug}/`,
  eventCalendar: (slug: string) => `/events/${slug}.ics`,
  join: () => '/join/',
  about: () => '/about/',
  guidelines: () => '/guidelines/',
  help: () => '/help/',
  search: () => '/search/',
};

/** A site path as an absolute URL on the published site. */
export function absolute(site: Pick<Site, 'url'>, path: string): string {
  return new URL(path.replace(/^\//, ''), withTrailingSlash(site.url)).href;
}

/** The forum slug of a condition or room: its own `forumSlug`, else its file name. */
export function forumSlugOf(entry: { id: string; data: Pick<Condition | Room, 'forumSlug'> }): string {
  return entry.data.forumSlug ?? entry.id;
}

/** Where a room lives on the forum: its category path, and the group a members-only room admits through. */
export interface ForumRoomAddress {
  conditionForumSlug: string;
  roomForumSlug: string;
  /** Set for members-only rooms: newcomers ask to join this group before they can read the category. */
  group?: string | undefined;
}

/** The forum category of a room, as Discourse addresses a subcategory: /c/<parent>/<child>/. */
export function forumCategoryUrl(site: Pick<Site, 'forum'>, address: ForumRoomAddress): string {
  return new URL(`c/${address.conditionForumSlug}/${address.roomForumSlug}/`, withTrailingSlash(site.forum.url)).href;
}

/**
 * The page a newcomer should land on: the category of a public room, or for a members-only room the group's
 * page, where Discourse offers the membership request (the category itself is invisible to non-members).
 */
export function forumEntryUrl(site: Pick<Site, 'forum'>, address: ForumRoomAddress): string {
  return address.group
    ? new URL(`g/${address.group}`, withTrailingSlash(site.forum.url)).href
    : forumCategoryUrl(site, address);
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
