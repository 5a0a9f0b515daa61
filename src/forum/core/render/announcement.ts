import type { Entry } from '../../../model/entry.ts';
import { formatJaDateRange, formatJaDateTime, formatJaTime, tokyoDay } from '../../../lib/japanese-date.ts';
import type { JoinChannel } from '../../../model/channels.ts';
import { applicationTarget, invitedMembers } from '../../../model/eligibility.ts';
import type { EventEntry, Programme, Role, Room, Site } from '../../../schemas/index.ts';
import {
  acceptsApplications,
  eventFormatLabel,
  eventNotice,
  eventState,
  isCancelled,
  type EventState,
} from '../../../model/events.ts';
import { absolute, paths } from '../../../model/urls.ts';
import { blocks, bulletList, generatedNote, link, mdxBodyAsMarkdown, section } from './markdown.ts';

export interface AnnouncementInput {
  site: Site;
  event: Entry<EventEntry>;
  programme: Entry<Programme>;
  rooms: Entry<Room>[];
  /** The room whose category holds the announcement. */
  home: Entry<Room>;
  roles: Entry<Role>[];
  channelsOf: (room: Entry<Room>) => JoinChannel[];
  /** Write Discourse's calendar `[event]` block (the forum has the calendar enabled). */
  calendar: boolean;
  now: Date;
}

export function announcementBody(input: AnnouncementInput): string {
  const { site, event, programme, rooms, home, roles, calendar, now } = input;
  const data = event.data;
  const state = eventState(event, now);
  return blocks(
    statusNotice(state),
    data.summary,
    section('日時', `${formatJaDateRange(data.start, data.end)}（日本時間）`),
    section('開き方', place(data)),
    section(
      '参加できる方',
      blocks(
        invitedMembers(event, input),
        `次のすべてに当てはまる方:\n\n${bulletList(data.eligibility)}`,
        `立場: ${roles.map((role) => role.data.name).join('、')}`,
      ),
    ),
    section(
      '定員と参加費',
      bulletList([...(data.capacity ? [`定員: ${data.capacity} 名`] : []), `参加費: ${data.fee}`]),
    ),
    acceptsApplications(state) && section('お申し込み', application(event, programme)),
    mdxBodyAsMarkdown(event.body),
    section('くわしくは', links(site, event, rooms)),
    calendar && !isCancelled(event) && calendarBlock(site, event, home),
    generatedNote(site.name),
  );
}

/** The page's notice, as a quote at the top; news that changes plans in bold, as the page shows it in an alert. */
function statusNotice(state: EventState): string | undefined {
  const notice = eventNotice(state);
  if (!notice) return undefined;
  const sentence = notice.tone === 'alert' ? `**${notice.sentence}**` : notice.sentence;
  return [sentence, notice.note]
    .filter(Boolean)
    .map((line) => `> ${line}`)
    .join('\n');
}

function place(data: EventEntry): string {
  const lines: string[] = [];
  if (data.venue) {
    const address = data.venue.address ? `（${data.venue.address}）` : '';
    const map = data.venue.url ? ` ${link('会場の案内', data.venue.url)}` : '';
    lines.push(`会場: ${data.venue.name}${address}${map}`);
  }
  if (data.online) lines.push(`オンライン: ${data.online}`);
  return `${eventFormatLabel[data.format]}\n\n${bulletList(lines)}`;
}

function application(event: Entry<EventEntry>, programme: Entry<Programme>): string {
  const target = applicationTarget(event, programme);
  const where =
    target?.kind === 'email' ? `申し込み先: ${target.address}` : target ? link(target.label, target.url) : undefined;
  return blocks(
    event.data.apply.how,
    bulletList([...(where ? [where] : []), `締め切り: ${formatJaDateTime(event.data.apply.deadline)}（日本時間）`]),
  );
}

function links(site: Site, event: Entry<EventEntry>, rooms: Entry<Room>[]): string {
  return bulletList([
    link('交流会のページ', absolute(site, paths.event(event.id))),
    link('カレンダーに追加する（.ics ファイル）', absolute(site, paths.eventCalendar(event.id))),
    ...rooms.map((room) => link(`${room.data.name}のページ`, absolute(site, paths.room(room.id)))),
  ]);
}

/**
 * Discourse's calendar block. Times are written in Tokyo time with the zone named explicitly, because the
 * calendar reads them as UTC otherwise. A members-only room makes the event private to its group.
 */
function calendarBlock(site: Site, event: Entry<EventEntry>, room: Entry<Room>): string {
  const data = event.data;
  const audience =
    room.data.visibility === 'members' && room.data.forumGroup
      ? { status: 'private', allowedGroups: room.data.forumGroup }
      : { status: 'public', allowedGroups: 'trust_level_0' };
  const attributes: [string, string][] = [
    ['start', eventMarkupTime(data.start)],
    ['end', eventMarkupTime(data.end)],
    ['status', audience.status],
    ['allowedGroups', audience.allowedGroups],
    ['timezone', 'Asia/Tokyo'],
    ['name', data.title],
    ['location', data.venue ? data.venue.name : eventFormatLabel[data.format]],
    ['url', absolute(site, paths.event(event.id))],
  ];
  const opening = attributes.map(([name, value]) => `${name}="${attributeValue(value)}"`).join(' ');
  return `[event ${opening}]\n[/event]`;
}

/** `YYYY-MM-DD HH:mm` in Tokyo, the format the calendar's own builder writes. */
export function eventMarkupTime(moment: string): string {
  return `${tokyoDay(moment)} ${formatJaTime(moment)}`;
}

/** The name a post's calendar block gives its event, when the post has one. */
export function calendarEventName(raw: string): string | undefined {
  return /^\[event [^\]\n]*\bname="([^"]*)"/m.exec(raw)?.[1];
}

// A double quote would end the attribute and a bracket the tag; full-width look-alikes read the same.
function attributeValue(value: string): string {
  return value.replace(/"/g, '”').replace(/\[/g, '［').replace(/\]/g, '］');
}
