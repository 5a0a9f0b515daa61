import { fileURLToPath } from 'node:url';
import { createCatalog } from '../../src/model/catalog.ts';
import { loadContent } from '../../src/checker/load.ts';
import type { Entry } from '../../src/model/entry.ts';
import type { Medium, Room } from '../../src/schemas/index.ts';
import { joinLink, type JoinChannel } from '../../src/model/channels.ts';
import { paths } from '../../src/model/urls.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The sample content in content/, read by the checker's loader and arranged as the pages arrange it. */
export async function loadSampleContent() {
  const { content, problems } = await loadContent(`${projectRoot}content`, projectRoot);
  if (!content) throw new Error(`the sample content does not load: ${JSON.stringify(problems)}`);
  const catalog = createCatalog(content);
  return {
    site: content.site,
    catalog,
    /** Every way into a room with the link it offers for a medium, as its page, QR codes and flyer show it. */
    waysInto: (room: Entry<Room>, medium: Medium) =>
      catalog.channelsOf(room).map((channel: JoinChannel) => ({
        channel,
        url: joinLink(content.site, catalog.programmeOf(room).data.campaign, channel, medium),
      })),
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
    paths.programmes(),
    ...catalog.programmes.map((p) => paths.programme(p.id)),
    ...catalog.conditions.map((c) => paths.condition(c.id)),
    ...catalog.roles.map((r) => paths.role(r.id)),
    ...catalog.pairs.map((p) => paths.conditionRole(p.condition.id, p.role.id)),
    ...catalog.rooms.map((r) => paths.room(r.id)),
    ...catalog.events.map((e) => paths.event(e.id)),
  ];
}
