import type { ChannelKind, Condition, Room, Site } from '../schemas/index.ts';

/**
 * Every URL the site and the forum sync share. Paths are as the site serves them, with a trailing slash matching
 * `trailingSlash: 'always'`, and under the site's base: `/rooms/mpa/`, or `/hiroba/rooms/mpa/` for a site published
 * at https://example.github.io/hiroba/. `absolute()` makes them shareable.
 *
 * The base is Astro's `base`, which astro.config takes from the path of site.yaml's `url`
 * (src/integrations/content-check.ts). Outside an Astro build (the forum sync, the checker) there is no base: paths
 * start at `/`, and `absolute()` puts them under the path of the site URL it is given, so both agree.
 */
const base = withTrailingSlash(import.meta.env?.BASE_URL ?? '/');

/** A path inside the site, as served: `sitePath('favicon.svg')` → `/favicon.svg`, or `/hiroba/favicon.svg`. */
export function sitePath(inside: string): string {
  return base + inside.replace(/^\/+/, '');
}

/** Where a served path lies inside the site: `/hiroba/rooms/mpa/` → `rooms/mpa/` (the inverse of `sitePath`). */
export function insideSite(path: string): string {
  return (path.startsWith(base) ? path.slice(base.length) : path).replace(/^\/+/, '');
}

/** The id of the events page's section on hearing of new meetings, which other pages link to. */
export const eventsSubscribeId = 'subscribe';

export const paths = {
  home: () => sitePath(''),
  conditions: () => sitePath('conditions/'),
  condition: (slug: string) => sitePath(`conditions/${slug}/`),
  conditionRole: (condition: string, role: string) => sitePath(`conditions/${condition}/${role}/`),
  roles: () => sitePath('roles/'),
  role: (slug: string) => sitePath(`roles/${slug}/`),
  /** The conditions of one kana row on a role's page whose list is long: /roles/child/ka/. */
  roleKanaRow: (slug: string, row: string) => sitePath(`roles/${slug}/${row}/`),
  room: (slug: string) => sitePath(`rooms/${slug}/`),
  roomFlyer: (slug: string) => sitePath(`rooms/${slug}/flyer/`),
  roomFlyerImage: (slug: string) => sitePath(`rooms/${slug}/flyer.png`),
  /** A QR code the flyer page prints: one per way in, or `page` (the room page's) while the room cannot be joined. */
  roomFlyerQr: (slug: string, code: ChannelKind) => sitePath(`rooms/${slug}/flyer/qr-${code}.svg`),
  /**
   * A room's QR code for one way in, to download: /rooms/<room>/qr-chat.png, beside the room's page rather than in a
   * folder of its own (2,000 folders fewer for the national set to make on each build).
   */
  roomQr: (slug: string, channel: ChannelKind, format: 'svg' | 'png') =>
    sitePath(`rooms/${slug}/qr-${channel}.${format}`),
  programmes: () => sitePath('programmes/'),
  programme: (slug: string) => sitePath(`programmes/${slug}/`),
  events: () => sitePath('events/'),
  /** Where the events page says how to hear of new meetings (its section with this id). */
  eventsSubscribe: () => sitePath(`events/#${eventsSubscribeId}`),
  /** One month's events, `month` as YYYY-MM: /events/2026/12/. */
  eventsMonth: (month: string) => sitePath(`events/${month.replace('-', '/')}/`),
  event: (slug: string) => sitePath(`events/${slug}/`),
  eventCalendar: (slug: string) => sitePath(`events/${slug}.ics`),
  join: () => sitePath('join/'),
  about: () => sitePath('about/'),
  guidelines: () => sitePath('guidelines/'),
  help: () => sitePath('help/'),
  search: () => sitePath('search/'),
};

/** A site path as an absolute URL on the published site. */
export function absolute(site: Pick<Site, 'url'>, path: string): string {
  return new URL(insideSite(path), withTrailingSlash(site.url)).href;
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
