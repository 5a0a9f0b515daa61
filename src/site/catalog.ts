import { getCollection, type CollectionEntry } from 'astro:content';
import { createCatalog, type Catalog } from '../model/catalog.ts';
import { getSite } from './settings.ts';
import { joinUrl } from '../model/urls.ts';

/** Astro's entries, so pages can render the MDX bodies of what the catalog hands them. */
export interface SiteEntries {
  conditions: CollectionEntry<'conditions'>;
  roles: CollectionEntry<'roles'>;
  rooms: CollectionEntry<'rooms'>;
  events: CollectionEntry<'events'>;
  guides: CollectionEntry<'guides'>;
}

export type SiteCatalog = Catalog<SiteEntries>;

let loading: Promise<SiteCatalog> | undefined;

/** Every collection, loaded once per build and shared by all pages. */
export function getCatalog(): Promise<SiteCatalog> {
  loading ??= (async () =>
    createCatalog<SiteEntries>({
      conditions: await getCollection('conditions'),
      roles: await getCollection('roles'),
      rooms: await getCollection('rooms'),
      events: await getCollection('events'),
      guides: await getCollection('guides'),
    }))();
  return loading;
}

/** The link that joins a room, with the site's campaign parameters. */
export function roomJoinUrl(catalog: SiteCatalog, room: SiteEntries['rooms']): string {
  return joinUrl(getSite(), catalog.forumAddressOf(room));
}
