import type { EventEntry, Programme, Room } from '../schemas/index.ts';
import { channelName, type JoinChannel } from './channels.ts';
import type { Entry } from './entry.ts';

/**
 * Who may come to an event and how to apply, in the programme's terms. The event page, the forum announcement and
 * the calendar entry all say it with these words.
 */

interface EventContext {
  programme: Entry<Programme>;
  rooms: Entry<Room>[];
  /** The ways into each of the event's rooms. */
  channelsOf: (room: Entry<Room>) => JoinChannel[];
}

/** The first line of 参加できる方: who is invited, by membership. */
export function invitedMembers(event: Entry<EventEntry>, { programme, rooms, channelsOf }: EventContext): string {
  switch (event.data.openTo) {
    case 'anyone':
      return 'どなたでも参加できます（次の条件に当てはまる方）。';
    case 'registered':
      return `「${programme.data.name}」に登録している方が参加できます。`;
    case 'room-members': {
      const names = rooms.map((room) => `「${room.data.name}」`).join('、');
      // A registration page is how people get in, not where members meet: the ways named are the rooms' own.
      const ways = [
        ...new Set(
          rooms
            .flatMap(channelsOf)
            .filter((channel) => channel.kind !== 'registration')
            .map(channelName),
        ),
      ];
      const through = ways.length > 1 ? `（${ways.join('でも')}でも、参加のしかたは問いません）` : '';
      return `${names}の参加者が参加できます${through}。`;
    }
  }
}

/** Who is invited, in a few words, for the facts at the top of an event's page. */
export function invitedInShort(event: Entry<EventEntry>, programme: Entry<Programme>): string {
  switch (event.data.openTo) {
    case 'anyone':
      return 'どなたでも';
    case 'registered':
      return `「${programme.data.name}」に登録している方`;
    case 'room-members':
      return 'この交流会の部屋の参加者';
  }
}

/** Where the application goes: a form, an e-mail address, or the programme's registration page. */
export type ApplicationTarget =
  | { kind: 'form'; url: string; label: string }
  | { kind: 'email'; url: string; address: string; label: string }
  | { kind: 'registration'; url: string; label: string };

export function applicationTarget(
  event: Entry<EventEntry>,
  programme: Entry<Programme>,
): ApplicationTarget | undefined {
  const apply = event.data.apply;
  switch (apply.method) {
    case 'form':
      return { kind: 'form', url: apply.url, label: '申し込みフォームを開く' };
    case 'email':
      return {
        kind: 'email',
        url: `mailto:${apply.email}?subject=${encodeURIComponent(`申し込み: ${event.data.title}`)}`,
        address: apply.email,
        label: 'メールで申し込む',
      };
    case 'registration': {
      const registration = programme.data.channels.find((channel) => channel.kind === 'registration');
      return registration && { kind: 'registration', url: registration.url, label: '登録のページから申し込む' };
    }
  }
}
