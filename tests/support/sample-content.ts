import { fileURLToPath } from 'node:url';
import { createCatalog } from '../../src/model/catalog.ts';
import { loadContent } from '../../src/checker/load.ts';
import type { Entry } from '../../src/model/entry.ts';
import type { Room } from '../../src/schemas/index.ts';
import { joinUrl, paths } from '../../src/model/urls.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The sample content in content/, read by the checker's loader and arranged as the pages arrange it. */
export async function loadSampleContent() {
  const { content, problems } = await loadContent(`${projectRoot}content`, projectRoot);
  if (!content) throw new Error(`the sample content does not load: ${JSON.stringify(problems)}`);
  const catalog = createCatalog(content);
  return {
    site: content.site,
    catalog,
    joinUrlOf: (room: Entry<Room>) => joinUrl(content.site, catalog.forumAddressOf(room)),
  };
}

/** Every information page the content calls for: fixed pages, conditions, roles, served pairs, rooms, events. */
export function informationPages({ catalog }: Awaited<ReturnType<typeof loadSampleContent>>): string[] {
  return [
    paths.home(),
    paths.conditions(),
    paths.roles(),
    paths.events(),
    paths.join(),
    paths.about(),
    paths.guidelines(),
    paths.help(),
    ...catalog.conditions.map((c) => paths.condition(c.id)),
    ...catalog.roles.map((r) => paths.role(r.id)),
    ...catalog.pairs.map((p) => paths.conditionRole(p.condition.id, p.role.id)),
    ...catalog.rooms.map((r) => paths.room(r.id)),
    ...catalog.events.map((e) => paths.event(e.id)),
  ];
}
