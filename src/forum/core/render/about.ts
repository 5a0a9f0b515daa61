import type { Entry } from '../../../model/entry.ts';
import type { CommunityStatus, Condition, Role, Room, Site } from '../../../schemas/index.ts';
import { absolute, paths } from '../../../model/urls.ts';
import { blocks, generatedNote, link } from './markdown.ts';

/*
 * The first post of a category's "About" topic. Discourse shows its first paragraph as the category's
 * description in every category list, so the first paragraph is the one-line summary.
 */

const statusNotes: Record<CommunityStatus, string | undefined> = {
  open: undefined,
  preparing: 'いまは開設に向けて準備中です。',
  closed: 'このコミュニティは終了しました。これまでの投稿は読むことができます。',
};

export function conditionDescription(site: Site, condition: Entry<Condition>): string {
  const data = condition.data;
  return blocks(
    data.summary,
    statusNotes[data.status],
    data.scopeNote,
    link(`${data.name}のページ（${site.name}）`, absolute(site, paths.condition(condition.id))),
    generatedNote(site.name),
  );
}

export function roomDescription(site: Site, room: Entry<Room>, roles: Entry<Role>[]): string {
  const data = room.data;
  return blocks(
    data.summary,
    statusNotes[data.status],
    data.status === 'preparing' && data.openingNote,
    `参加できる立場: ${roles.map((role) => role.data.name).join('、')}`,
    data.visibility === 'members' && 'この部屋の投稿は、参加を認められたメンバーだけが読めます。',
    link(`この部屋のページ（${site.name}）`, absolute(site, paths.room(room.id))),
    generatedNote(site.name),
  );
}
