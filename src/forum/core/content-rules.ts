import { fieldName, problemAt, type LineLookup, type Problem } from '../../lib/problem.ts';
import { externalIdMaxLength, externalIdPattern } from './external-id.ts';
import { withMarker } from './marker.ts';
import { calendarEventName } from './render/announcement.ts';
import type { ForumSettings } from './settings.ts';
import { cleanTitle, titleRules } from './title.ts';
import type { DesiredCategory, DesiredGroup, DesiredState, DesiredTopic, ItemProblem, Origin } from './types.ts';

/** Discourse's category name limit (app/models/category.rb), in characters as Ruby counts them: code points. */
const maxCategoryNameLength = 50;

/** The calendar plugin's limits on an event's name (EventValidator). */
const calendarNameLength = { min: 5, max: 255 };

/**
 * Lengths as Discourse counts them (Ruby's String#length): code points, so 𠮷 or an emoji is one character.
 * Counted without splitting the text: the check counts every post of the forum on each build.
 */
export const characters = (text: string): number => text.length - (text.match(surrogatePairs)?.length ?? 0);

const surrogatePairs = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * Everything the forum would refuse that the content alone decides, said at the content file and field to fix.
 * This is the one place these rules live: `npm run check` (and so the build) runs them on the desired state it
 * builds, with Discourse's default settings; the sync runs them again on the state it is about to send, with the
 * forum's own settings, beside the rules that need the forum itself (validate.ts).
 */
export function contentProblems(desired: DesiredState, settings: ForumSettings, lineOf?: LineLookup): Problem[] {
  return itemContentProblems(desired, settings, lineOf).map(({ problem }) => problem);
}

/** The same problems, each with the keys of the items it stops (a room's name is its category's and its welcome's). */
export function itemContentProblems(
  desired: DesiredState,
  settings: ForumSettings,
  lineOf?: LineLookup,
): ItemProblem[] {
  const findings = [
    ...desired.groups.flatMap(groupNameProblems),
    ...groupSpellingProblems(desired),
    ...desired.categories.flatMap(categoryProblems),
    ...desired.topics.flatMap((topic) => topicProblems(topic, settings)),
    ...siblingProblems(desired.categories),
    ...titleClashes(desired.topics, settings),
    ...externalIdClashes(desired.topics),
  ];
  // One problem per field is enough to have it changed, and a room named like its sibling would otherwise hear it
  // twice (the category name and the welcome topic's title): a field's own rules come first, then the clashes.
  const byPlace = new Map<string, { found: Finding; keys: Set<string> }>();
  for (const found of findings) {
    const { file, place } = found.origin;
    const at = `${file}\n${place === 'body' ? '(body)' : fieldName(place)}`;
    const known = byPlace.get(at);
    if (known) known.keys.add(found.key);
    else byPlace.set(at, { found, keys: new Set([found.key]) });
  }
  return [...byPlace.values()].map(({ found, keys }) => ({
    problem: problemAt(found.origin, found.message, lineOf),
    keys: [...keys],
  }));
}

/** Something the forum would refuse, the content field it comes from, and the item it stops. */
interface Finding {
  origin: Origin;
  message: string;
  key: string;
}

const finding = (item: { key: string }, origin: Origin, message: string): Finding => ({
  origin,
  message,
  key: item.key,
});

/** Groups every Discourse forum has: a room given one of these would be open to all of its members (or everyone). */
const automaticGroups = new Set([
  'everyone',
  'admins',
  'moderators',
  'staff',
  ...[0, 1, 2, 3, 4].map((level) => `trust_level_${level}`),
]);

/** Discourse's UsernameValidator, which group names also follow (with its default settings: ASCII, 3–20). */
function isGroupName(name: string): boolean {
  return (
    /^[A-Za-z0-9_][\w.-]{1,18}[A-Za-z0-9]$/.test(name) &&
    !/[-_.]{2,}/.test(name) &&
    !/\.(?:js|json|css|htm|html|xml|jpg|jpeg|png|gif|bmp|ico|tif|tiff|woff)$/i.test(name)
  );
}

function groupNameProblems(group: DesiredGroup): Finding[] {
  if (automaticGroups.has(group.name.toLowerCase())) {
    return [
      finding(
        group,
        group.origin,
        `「${group.name}」はフォーラムにもともとあるグループの名前なので使えません。この部屋のための名前を付けてください（例: salon_parent）。`,
      ),
    ];
  }
  if (isGroupName(group.name)) return [];
  return [
    finding(
      group,
      group.origin,
      `グループ名「${group.name}」はフォーラムで使えません。半角英数字と「_」「.」「-」で 3〜20 文字にし、英数字か「_」で始めて英数字で終わり、記号を 2 つ続けないでください（例: salon_parent）。`,
    ),
  ];
}

/** Permissions name groups exactly, but a group is one whatever its capitals: two spellings leave one room unreadable. */
function groupSpellingProblems(desired: DesiredState): Finding[] {
  const byLowerName = new Map(desired.groups.map((group) => [group.name.toLowerCase(), group]));
  return desired.categories.flatMap((category) =>
    Object.keys(category.permissions).flatMap((name) => {
      const group = byLowerName.get(name.toLowerCase());
      return group && group.name !== name
        ? [
            finding(
              category,
              category.origins.permissions,
              `グループ名「${name}」が ${group.file} の「${group.name}」と大文字・小文字だけ違います。同じグループなら同じ書き方にしてください。`,
            ),
          ]
        : [];
    }),
  );
}

function categoryProblems(category: DesiredCategory): Finding[] {
  const problems: Finding[] = [];
  const length = characters(category.name);
  if (length > maxCategoryNameLength) {
    problems.push(
      finding(
        category,
        category.origins.name,
        `フォーラムのカテゴリ名は ${maxCategoryNameLength} 文字までです（いま ${length} 文字）。短くしてください。`,
      ),
    );
  }
  if (/^\d+$/.test(category.slug) || category.slug === 'none' || /^\d+-category$/.test(category.slug)) {
    problems.push(
      finding(
        category,
        category.origins.slug,
        `「${category.slug}」はフォーラムのカテゴリの URL 名に使えません。数字だけの名前や「none」を避け、半角の英小文字を含む名前を forumSlug に書いてください。`,
      ),
    );
  }
  return problems;
}

/** Discourse wants names (whatever their capitals) and slugs unique among the categories of one parent. */
function siblingProblems(categories: DesiredCategory[]): Finding[] {
  return [...Map.groupBy(categories, (category) => category.parentKey ?? '').values()].flatMap((siblings) => [
    ...duplicates(
      siblings,
      (category) => category.name.toLowerCase(),
      (category, other) =>
        finding(
          category,
          category.origins.name,
          category.kind === 'condition'
            ? `疾患の名前「${category.name}」が ${other.file} と同じです。フォーラムのカテゴリ名は重ねられないので、別の名前にしてください。`
            : `同じ疾患の部屋 ${other.file} と名前「${category.name}」が同じです。フォーラムのカテゴリ名は重ねられないので、別の名前にしてください。`,
        ),
    ),
    ...duplicates(
      siblings,
      (category) => category.slug,
      (category, other) =>
        finding(
          category,
          category.origins.slug,
          category.kind === 'condition'
            ? `フォーラムの URL 名「${category.slug}」が ${other.file} と同じです。forumSlug で別の名前を付けてください。`
            : `同じ疾患の部屋 ${other.file} とフォーラムの URL 名「${category.slug}」が同じです。forumSlug で別の名前を付けてください。`,
        ),
    ),
  ]);
}

/**
 * Topic titles are unique on the whole forum (or per category, or not at all, as the forum's settings say), compared
 * as Discourse stores them and without regard to capitals: welcome topics and announcements share one namespace.
 */
function titleClashes(topics: DesiredTopic[], settings: ForumSettings): Finding[] {
  if (settings.allowDuplicateTopicTitles) return [];
  const rules = titleRules(settings);
  const stored = new Map(topics.map((topic) => [topic, cleanTitle(topic.title, rules)]));
  const keyOf = (topic: DesiredTopic) => {
    const title = stored.get(topic)?.toLowerCase() ?? '';
    return settings.allowDuplicateTopicTitlesCategory ? `${topic.categoryKey}\n${title}` : title;
  };
  return duplicates(topics, keyOf, (topic, other) => {
    const what = topic.kind === 'welcome' ? 'ようこその話題の題名' : '交流会の題名';
    const fix = topic.kind === 'welcome' ? '部屋の名前を変えてください。' : '日付を入れるなどして変えてください。';
    const unseen =
      topic.title === other.title ? '' : '（フォーラムは、空白の種類や英字の大文字・小文字のちがいを区別しません）';
    return finding(
      topic,
      topic.origins.title,
      `${what}「${stored.get(topic)}」が ${other.file} と同じです${unseen}。フォーラムの話題の題名は重ねられないので、${fix}`,
    );
  });
}

function topicProblems(topic: DesiredTopic, settings: ForumSettings): Finding[] {
  const problems: Finding[] = [];
  // TextSentinel refuses a title without a single letter or digit, whatever the settings.
  if (!/[\p{L}\p{N}]/u.test(topic.title)) {
    problems.push(
      finding(
        topic,
        topic.origins.title,
        `題名「${topic.title}」には文字も数字もないため、フォーラムが題名と認めません。言葉を入れてください。`,
      ),
    );
  }
  const eventName = calendarEventName(topic.raw);
  if (
    eventName !== undefined &&
    (characters(eventName) < calendarNameLength.min || characters(eventName) > calendarNameLength.max)
  ) {
    problems.push(
      finding(
        topic,
        topic.origins.title,
        `フォーラムのカレンダーは、予定の名前（交流会の題名）が ${calendarNameLength.min}〜${calendarNameLength.max} 文字でないと受け付けません（いま ${characters(eventName)} ` +
          `文字）。題名を${characters(eventName) < calendarNameLength.min ? 'くわしく' : '短く'}してください。`,
      ),
    );
  }
  if (topic.externalId.length > externalIdMaxLength || !externalIdPattern.test(topic.externalId)) {
    problems.push(
      finding(
        topic,
        topic.origins.externalId,
        `フォーラムでの識別子「${topic.externalId}」が作れません。ファイル名を半角英数字とハイフンにしてください。`,
      ),
    );
  }
  // Discourse counts the post as stored, without HTML comments (StrippedLengthValidator).
  const raw = withMarker(topic.raw, topic.key).replace(/<!--[\s\S]*?-->/g, '');
  const length = characters(raw);
  if (length > settings.maxPostLength) {
    problems.push(
      finding(
        topic,
        topic.origins.raw,
        `フォーラムの投稿は ${settings.maxPostLength} 文字までです（いま ${length} 文字）。本文を短くしてください。`,
      ),
    );
  }
  if (characters(raw.trim()) < settings.minFirstPostLength) {
    problems.push(
      finding(
        topic,
        topic.origins.raw,
        `フォーラムの最初の投稿は ${settings.minFirstPostLength} 文字以上必要です。本文を書き足してください。`,
      ),
    );
  }
  return problems;
}

/** External ids are unique without regard to capitals. */
function externalIdClashes(topics: DesiredTopic[]): Finding[] {
  return duplicates(
    topics,
    (topic) => topic.externalId.toLowerCase(),
    (topic, other) =>
      finding(
        topic,
        topic.origins.externalId,
        `フォーラムでの識別子が ${other.file} と重なります。ファイル名を変えてください。`,
      ),
  );
}

/**
 * A finding for every item that shares its key with another, naming one of the others, so each file involved is
 * listed; items are taken in file order so the same content always gives the same report.
 */
function duplicates<T extends { file: string }>(
  items: T[],
  keyOf: (item: T) => string,
  clash: (item: T, other: T) => Finding,
): Finding[] {
  return [...Map.groupBy(items, keyOf).values()].flatMap((group) => {
    const [first, second, ...rest] = [...group].sort((a, b) => a.file.localeCompare(b.file));
    if (!first || !second) return [];
    return [clash(first, second), ...[second, ...rest].map((item) => clash(item, first))];
  });
}
