import { getCollection, getEntry, render, type CollectionKey } from 'astro:content';
import { formatProblem, problemAt } from '../lib/problem.ts';
import { createCatalog, type Catalog } from '../model/catalog.ts';
import { joinLink, type JoinChannel } from '../model/channels.ts';
import type { Entry } from '../model/entry.ts';
import type { Medium, Room } from '../schemas/index.ts';
import { getSite } from './settings.ts';

let loading: Promise<Catalog> | undefined;

/** An Astro entry in the one entry model the checker and the sync also use. */
function toEntry<T>(
  collection: CollectionKey,
  entry: { id: string; filePath?: string | undefined; data: T; body?: string | undefined },
): Entry<T> {
  return {
    id: entry.id,
    file: entry.filePath ?? `content/${collection}/${entry.id}.mdx`,
    data: entry.data,
    body: entry.body ?? '',
  };
}

/** Every collection, loaded once per build and shared by all pages. */
export function getCatalog(): Promise<Catalog> {
  loading ??= (async () => {
    const catalog = createCatalog({
      programmes: (await getCollection('programmes')).map((entry) => toEntry('programmes', entry)),
      conditions: (await getCollection('conditions')).map((entry) => toEntry('conditions', entry)),
      roles: (await getCollection('roles')).map((entry) => toEntry('roles', entry)),
      rooms: (await getCollection('rooms')).map((entry) => toEntry('rooms', entry)),
      events: (await getCollection('events')).map((entry) => toEntry('events', entry)),
      guides: (await getCollection('guides')).map((entry) => toEntry('guides', entry)),
    });
    const [first] = catalog.broken;
    if (first)
      throw new Error(
        formatProblem(
          problemAt(
            { file: first.entry.file, place: first.path },
            `「${first.id}」が見つかりません。npm run check で確かめてください。`,
          ),
        ),
      );
    return catalog;
  })();
  return loading;
}

const bodies = new Map<string, ReturnType<typeof render>>();

/**
 * The MDX body of an entry, rendered by Astro: once per entry, as the catalogue is loaded once, since the same body
 * is shown on many pages (a guide on every room page that offers its way in) and each render costs.
 */
export function renderBody(collection: CollectionKey, entry: Entry<unknown>): ReturnType<typeof render> {
  const key = `${collection}/${entry.id}`;
  let body = bodies.get(key);
  if (!body) {
    body = (async () => {
      const astroEntry = await getEntry(collection, entry.id);
      if (!astroEntry) throw new Error(`${entry.file} を読み込めませんでした。`);
      return render(astroEntry);
    })();
    bodies.set(key, body);
    // A body that could not be read is tried again by the next page (the dev server, once the file is mended).
    body.catch(() => bodies.delete(key));
  }
  return body;
}

/** The link that joins a room through one of its channels, marked for where it is shown (page, QR, flyer, share). */
export function roomJoinLink(catalog: Catalog, room: Entry<Room>, channel: JoinChannel, medium: Medium): string {
  return joinLink(getSite(), catalog.programmeOf(room).data.campaign, channel, medium);
}
