import type { Entry } from '../../../model/entry.ts';
import type { Condition, CrisisResource, Role, Room, Site } from '../../../schemas/index.ts';
import { absolute, paths } from '../../../model/urls.ts';
import { blocks, bulletList, generatedNote, link, mdxBodyAsMarkdown, numberedList, section } from './markdown.ts';

export interface WelcomeInput {
  site: Site;
  room: Entry<Room>;
  condition: Entry<Condition>;
  roles: Entry<Role>[];
}

/** The title of a room's pinned welcome topic. */
export function welcomeTitle(room: Entry<Room>): string {
  return `「${room.data.name}」へようこそ`;
}

/** The first post of a room's welcome topic: what the room is for, its mottos and rules, and where to get urgent help. */
export function welcomeBody({ site, room, condition, roles }: WelcomeInput): string {
  const data = room.data;
  const roomPage = absolute(site, paths.room(room.id));
  return blocks(
    data.status === 'closed' && '> この部屋は終了しました。これまでの投稿は読むことができます。',
    data.summary,
    mdxBodyAsMarkdown(room.body),
    data.status === 'preparing' && data.openingNote && section('開設の予定', data.openingNote),
    section('参加できる方', whoMayJoin(condition, roles, data)),
    section('この部屋で大切にしていること', bulletList(data.mottos)),
    section('この部屋のルール', numberedList(data.rules)),
    section('緊急のときは', urgentHelp(site)),
    data.chat && section('チャットアプリの部屋', chatRoom(data.chat)),
    section(
      'この部屋のページ',
      `${link(`${data.name}（${site.name}）`, roomPage)}\n\n参加のしかたや交流会のお知らせは、こちらのページにまとまっています。`,
    ),
    generatedNote(site.name),
  );
}

function whoMayJoin(condition: Entry<Condition>, roles: Entry<Role>[], room: Room): string {
  const names = roles.map((role) => role.data.name).join('、');
  const scope = condition.data.scopeNote ? `\n\n${condition.data.scopeNote}` : '';
  const privacy = room.visibility === 'members' ? '\n\nこの部屋の投稿は、参加を認められたメンバーだけが読めます。' : '';
  return `${condition.data.name}の${names}の方${scope}${privacy}`;
}

function urgentHelp(site: Site): string {
  const intro =
    'この部屋は、専門家がすぐに答える場所ではありません。命に関わるときや、今すぐ助けが必要なときは、ひとりで抱えずに次の相談先へ連絡してください。';
  return `${intro}\n\n${bulletList(site.crisisResources.map(crisisLine))}\n\n${link('緊急のときの相談先', absolute(site, paths.help()))}`;
}

function crisisLine(resource: CrisisResource): string {
  const phone = resource.phone ? ` 電話 ${resource.phone}` : '';
  const hours = resource.hours ? `（${resource.hours}）` : '';
  const name = resource.url ? link(resource.name, resource.url) : resource.name;
  return `**${name}**${phone}${hours} — ${resource.description}`;
}

function chatRoom(chat: NonNullable<Room['chat']>): string {
  const search = chat.searchWord ? `\n\nアプリの中で「${chat.searchWord}」と検索しても見つかります。` : '';
  return `${link(chat.name, chat.url)}${search}`;
}
