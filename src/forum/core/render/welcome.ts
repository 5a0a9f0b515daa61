import { channelName, joinLink, type JoinChannel } from '../../../model/channels.ts';
import type { Entry } from '../../../model/entry.ts';
import type { Condition, CrisisResource, Programme, Role, Room, Site } from '../../../schemas/index.ts';
import { absolute, paths } from '../../../model/urls.ts';
import { blocks, bulletList, generatedNote, link, mdxBodyAsMarkdown, numberedList, section } from './markdown.ts';

export interface WelcomeInput {
  site: Site;
  room: Entry<Room>;
  condition: Entry<Condition>;
  roles: Entry<Role>[];
  programme: Entry<Programme>;
  /** The room's mottos and rules as its page shows them: its own mottos or the programme's; all rules. */
  mottos: string[];
  rules: string[];
  channels: JoinChannel[];
}

/** The title of a room's pinned welcome topic. */
export function welcomeTitle(room: Entry<Room>): string {
  return `「${room.data.name}」へようこそ`;
}

/** The first post of a room's welcome topic: what the room is for, its mottos and rules, and where to get urgent help. */
export function welcomeBody(input: WelcomeInput): string {
  const { site, room, condition, roles, programme, mottos, rules, channels } = input;
  const data = room.data;
  const roomPage = absolute(site, paths.room(room.id));
  const elsewhere = channels.filter((channel) => channel.kind !== 'forum');
  return blocks(
    data.status === 'closed' && '> この部屋は終了しました。これまでの投稿は読むことができます。',
    data.summary,
    mdxBodyAsMarkdown(room.body),
    data.status === 'preparing' && data.openingNote && section('開設の予定', data.openingNote),
    section('参加できる方', whoMayJoin(condition, roles, data)),
    section('この部屋で大切にしていること', bulletList(mottos)),
    section('この部屋のルール', numberedList(rules)),
    section('プライバシーについて', bulletList(programme.data.privacy)),
    section('見守り', `${programme.data.moderation.by}が見守っています。${programme.data.moderation.response}`),
    section('緊急のときは', urgentHelp(site)),
    elsewhere.length > 0 &&
      section('ほかの参加のしかた', bulletList(elsewhere.map((channel) => otherWay(site, programme, channel)))),
    section(
      '運営',
      `${programme.data.name}（運営: ${programme.data.operator.name}）\n\n${link('プログラムのページ', absolute(site, paths.programme(programme.id)))}`,
    ),
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

/** Another way into the same room, with the programme's marks for a link shared on the forum. */
function otherWay(site: Site, programme: Entry<Programme>, channel: JoinChannel): string {
  const url = joinLink(site, programme.data.campaign, channel, 'share');
  const search =
    channel.kind === 'chat' && channel.searchWord
      ? `（アプリの中で「${channel.searchWord}」と検索しても見つかります）`
      : '';
  return `${link(channelName(channel), url)}${search}`;
}
