import type { CommunityStatus, Site } from '../schemas/index.ts';
import { createCatalog } from '../model/catalog.ts';
import { closestName } from '../lib/closest.ts';
import { checkRoomColours } from './colour-check.ts';
import { matchForm } from '../lib/typed-text.ts';
import { builtInCrisisWords } from '../model/crisis-words.ts';
import { checkProgrammes } from './programme-check.ts';
import { checkCrisisReviews, checkPageReviews } from './review-check.ts';
import type { CollectionName } from './location.ts';
import type { ContentSet, Entry } from '../model/entry.ts';
import { problemAt, type FieldPath, type LineLookup, type Problem } from '../lib/problem.ts';

/** The content to cross-check; site.yaml may be missing when it did not validate. */
export type CheckableContent = Omit<ContentSet, 'site'> & { site?: Site | undefined };

export interface CrossCheckOptions {
  /** The moment "now", for review dates and upcoming events. */
  now: Date;
  /** Line of a field in a file; without it problems carry no line. */
  lineOf?: LineLookup;
  /** Slugs of files that exist but did not validate: their problems are already reported. */
  invalid?: Partial<Record<CollectionName, ReadonlySet<string>>>;
  /** Path of site.yaml for problems about it. */
  siteFile?: string;
}

const statusText: Record<CommunityStatus, string> = {
  open: 'open（開設中）',
  preparing: 'preparing（準備中）',
  closed: 'closed（終了）',
};

const folderOf: Record<'programmes' | 'conditions' | 'roles' | 'rooms', { label: string; folder: string }> = {
  programmes: { label: 'プログラム', folder: 'content/programmes/' },
  conditions: { label: '疾患', folder: 'content/conditions/' },
  roles: { label: '立場', folder: 'content/roles/' },
  rooms: { label: '部屋', folder: 'content/rooms/' },
};

/**
 * Checks what no single file can: references between files, dates that must come in order, and states that
 * contradict each other (what the forum needs of them, unique names included, is forum-check's). Pure: everything
 * it needs comes in as arguments.
 */
export function crossCheck(content: CheckableContent, options: CrossCheckOptions): Problem[] {
  const problems: Problem[] = [];
  const report = (severity: Problem['severity'], file: string, path: FieldPath, message: string) => {
    problems.push(problemAt({ file, place: path }, message, options.lineOf, severity));
  };
  const error = (entry: Entry<unknown>, path: FieldPath, message: string) => report('error', entry.file, path, message);
  const warning = (entry: Entry<unknown>, path: FieldPath, message: string) =>
    report('warning', entry.file, path, message);

  const catalog = createCatalog(content);
  for (const reference of catalog.broken) {
    if (options.invalid?.[reference.collection]?.has(reference.id)) continue;
    const { label, folder } = folderOf[reference.collection];
    const ids = catalog.ids(reference.collection);
    const meant = closestName(reference.id, ids);
    error(
      reference.entry,
      reference.path,
      meant
        ? `${label}「${reference.id}」が見つかりません。「${meant}」のまちがいではありませんか？`
        : `${label}「${reference.id}」が見つかりません。${folder} にあるファイル名（.mdx を除いたもの）を書いてください: ${ids.join(', ')}。`,
    );
  }

  checkProgrammes(catalog, error);
  checkRoomColours(content.rooms, warning);

  for (const room of content.rooms) {
    const condition = catalog.findCondition(room.data.condition);
    if (condition && room.data.status === 'open' && condition.data.status !== 'open') {
      warning(
        room,
        ['status'],
        `部屋は ${statusText.open} ですが、疾患「${condition.data.name}」は ${statusText[condition.data.status]} です。どちらかの status を直してください。`,
      );
    }
  }

  for (const event of content.events) {
    checkEventRoles(event, catalog.roomsOfEvent(event), new Set(catalog.ids('roles')), error);
    checkEventDates(event, error);
    const upcoming = Date.parse(event.data.end) > options.now.getTime() && event.data.status !== 'cancelled';
    event.data.rooms.forEach((id, index) => {
      const room = catalog.findRoom(id);
      if (upcoming && room && room.data.status !== 'open') {
        warning(
          event,
          ['rooms', index],
          `部屋「${room.data.name}」は ${statusText[room.data.status]} です。部屋を開いてから交流会を載せるか、rooms を見直してください。`,
        );
      }
    });
  }

  checkPageReviews(
    [...content.programmes, ...content.conditions, ...content.roles, ...content.rooms, ...content.guides],
    options.now,
    report,
  );
  if (content.site) {
    const siteFile = options.siteFile ?? 'content/site.yaml';
    checkCrisisReviews(content.site, siteFile, options.now, report);
    checkCrisisWords(content.site, siteFile, report);
  }
  return problems;
}

/** Each role an event invites must be served by at least one of its rooms, or no one in it could come. */
function checkEventRoles(
  event: ContentSet['events'][number],
  eventRooms: ContentSet['rooms'],
  roles: Set<string>,
  error: (entry: Entry<unknown>, path: FieldPath, message: string) => void,
): void {
  if (eventRooms.length === 0) return;
  event.data.roles.forEach((role, index) => {
    if (!roles.has(role) || eventRooms.some((room) => room.data.roles.includes(role))) return;
    error(
      event,
      ['roles', index],
      `立場「${role}」は、この交流会の部屋（${eventRooms.map((room) => room.id).join(', ')}）のどれにも入っていません。roles から外すか、その立場の部屋を rooms に加えてください。`,
    );
  });
}

function checkEventDates(
  event: ContentSet['events'][number],
  error: (entry: Entry<unknown>, path: FieldPath, message: string) => void,
): void {
  const start = Date.parse(event.data.start);
  if (Date.parse(event.data.end) <= start) {
    error(
      event,
      ['end'],
      `終わりの日時（${event.data.end}）が始まり（${event.data.start}）より前か同じです。end を start より後にしてください。`,
    );
  }
  if (Date.parse(event.data.apply.deadline) > start) {
    error(
      event,
      ['apply', 'deadline'],
      `申し込みの締め切り（${event.data.apply.deadline}）が始まり（${event.data.start}）より後です。締め切りを start より前にしてください。`,
    );
  }
}

/** A crisis word written twice, or one the search already knows, changes nothing: say so, so the list stays short. */
function checkCrisisWords(
  site: Site,
  siteFile: string,
  report: (severity: Problem['severity'], file: string, path: FieldPath, message: string) => void,
): void {
  const known = new Set(builtInCrisisWords.map(matchForm));
  site.crisisWords.forEach((word, index) => {
    const form = matchForm(word);
    const builtIn = builtInCrisisWords.find((builtInWord) => matchForm(builtInWord) === form);
    if (known.has(form)) {
      report(
        'warning',
        siteFile,
        ['crisisWords', index],
        builtIn === undefined
          ? `「${word}」は、このリストの前のほうにもあります。1 つにしてください。`
          : `「${word}」は、書かなくても検索で使われる決まった言葉（${builtIn}）です。この行は消してかまいません。`,
      );
    }
    known.add(form);
  });
}
