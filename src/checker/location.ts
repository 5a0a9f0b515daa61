import { resolve } from 'node:path';

/**
 * Where the staff's content lives. The benchmark and the checker's tests point this at a generated or broken
 * content tree through HIROBA_CONTENT_DIR; everyone else uses `content/`.
 */
export function contentRoot(projectRoot: string = process.cwd()): string {
  return resolve(projectRoot, process.env.HIROBA_CONTENT_DIR ?? 'content');
}

export const collectionFolders = ['programmes', 'conditions', 'roles', 'rooms', 'events', 'guides'] as const;
export type CollectionName = (typeof collectionFolders)[number];

export const siteSettingsFile = 'site.yaml';
