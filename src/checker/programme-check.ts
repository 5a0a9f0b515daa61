import type { Catalog } from '../model/catalog.ts';
import type { Entry } from '../model/entry.ts';
import { closestName } from '../lib/closest.ts';
import type { FieldPath } from '../lib/problem.ts';

type Report = (entry: Entry<unknown>, path: FieldPath, message: string) => void;

const kindWords = {
  forum: 'forum（フォーラム）',
  chat: 'chat（チャットアプリ）',
  registration: 'registration（登録ページ）',
};

/**
 * What a programme and its rooms and events must agree on: a room uses only the ways in its programme offers; an
 * open room has at least one; a members-only forum room names its group; an event's rooms and its way of applying
 * belong to the event's programme.
 */
export function checkProgrammes(catalog: Catalog, error: Report): void {
  for (const { room, programme, index, kind } of catalog.channelMismatches) {
    const offered = programme.data.channels.map((channel) => kindWords[channel.kind]).join('、');
    error(
      room,
      ['channels', index, 'kind'],
      `プログラム「${programme.data.name}」には ${kindWords[kind]} の入り口がありません。使えるのは ${offered} です。` +
        `kind を直すか、content/programmes/${programme.id}.mdx の channels に加えてください。`,
    );
  }
  for (const room of catalog.rooms) {
    if (!catalog.findProgramme(room.data.programme)) continue;
    if (room.data.status === 'open' && catalog.channelsOf(room).length === 0) {
      error(room, ['channels'], '開設中の部屋には、参加の入り口が少なくとも 1 つ必要です。channels に書いてください。');
    }
    if (room.data.visibility === 'members' && catalog.hasChannel(room, 'forum') && !room.data.forumGroup) {
      error(
        room,
        ['forumGroup'],
        '参加した人だけのフォーラムの部屋には、フォーラムのグループ名を forumGroup に書いてください（例: salon_parent）。',
      );
    }
  }
  for (const event of catalog.events) {
    const programme = catalog.findProgramme(event.data.programme);
    if (!programme) continue;
    event.data.rooms.forEach((id, index) => {
      const room = catalog.findRoom(id);
      // A room of an unknown programme is reported on its own file.
      if (!room || room.data.programme === programme.id || !catalog.findProgramme(room.data.programme)) return;
      const own = catalog.roomsOfProgramme(programme).map((candidate) => candidate.id);
      const meant = closestName(id, own);
      error(
        event,
        ['rooms', index],
        `部屋「${room.data.name}」はプログラム「${room.data.programme}」の部屋です。この交流会のプログラム「${programme.data.name}」の部屋を書いてください` +
          (meant ? `（「${meant}」のまちがいではありませんか？）。` : `: ${own.join(', ')}。`),
      );
    });
    const registers = programme.data.channels.some((channel) => channel.kind === 'registration');
    if (event.data.apply.method === 'registration' && !registers) {
      error(
        event,
        ['apply', 'method'],
        `プログラム「${programme.data.name}」には登録のページがありません。method を form か email にしてください。`,
      );
    }
    if (event.data.openTo === 'registered' && !registers) {
      error(
        event,
        ['openTo'],
        `プログラム「${programme.data.name}」には登録のしくみ（registration の入り口）がありません。openTo を room-members か anyone にしてください。`,
      );
    }
  }
}
