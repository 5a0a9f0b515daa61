import type { Condition, EventEntry, Guide, Programme, Role, Room, Site } from '../schemas/index.ts';

/** One MDX file of a collection, validated. */
export interface Entry<T> {
  /** The file name without `.mdx`: the entry's id, URL segment and reference key (Astro's `id`). */
  id: string;
  /** Path of the source file relative to the project root, for messages. */
  file: string;
  data: T;
  /** The Markdown/MDX body below the frontmatter. */
  body: string;
}

/** Everything staff write in `content/`, validated and cross-checked. */
export interface ContentSet {
  site: Site;
  programmes: Entry<Programme>[];
  conditions: Entry<Condition>[];
  roles: Entry<Role>[];
  rooms: Entry<Room>[];
  events: Entry<EventEntry>[];
  guides: Entry<Guide>[];
}
