import { problemAt, type LineLookup, type Problem } from '../../lib/problem.ts';
import { characters, itemContentProblems } from './content-rules.ts';
import { categoryMarkerKey, matchCategories } from './match.ts';
import { skipsWordLengthRule, type ForumSettings } from './settings.ts';
import { cleanTitle, titleRules, type TitleRules } from './title.ts';
import type { DesiredState, DesiredTopic, ItemProblem, ObservedCategory, ObservedState } from './types.ts';

export interface ValidationContext {
  settings: ForumSettings;
  observed: ObservedState;
  /** Where each content field was written, so the problems point at lines. */
  lineOf?: LineLookup | undefined;
}

/**
 * Everything the forum would refuse, found before any write and said in terms of the content file and field
 * to fix: the rules the content alone decides (the same ones `npm run check` runs), now with the forum's own
 * settings, and those that depend on the forum — its language's title rules and what it already holds.
 */
export function validateDesired(desired: DesiredState, context: ValidationContext): ItemProblem[] {
  const { settings, observed, lineOf } = context;
  const rules = titleRules(settings);
  const forTopic = (topic: DesiredTopic) => (problem: Problem) => ({ problem, keys: [topic.key] });
  return [
    ...itemContentProblems(desired, settings, lineOf),
    ...desired.topics.flatMap((topic) =>
      titleProblems(topic, cleanTitle(topic.title, rules), settings, lineOf).map(forTopic(topic)),
    ),
    ...categoryClashes(desired, observed, lineOf),
    ...titlesTakenByOthers(desired, observed, rules, lineOf),
  ];
}

/** Title rules whose limits depend on the forum's settings and language (a Japanese forum's differ). */
function titleProblems(
  topic: DesiredTopic,
  title: string,
  settings: ForumSettings,
  lineOf: LineLookup | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const at = (message: string) => problemAt(topic.origins.title, message, lineOf);
  const length = characters(title);
  // TopicTitleLengthValidator: a topic an admin creates may have a title of any length up to the maximum.
  const min = settings.creatorIsAdmin ? 1 : settings.minTopicTitleLength;
  if (length < min || length > settings.maxTopicTitleLength) {
    problems.push(
      at(`フォーラムの題名は ${min}〜${settings.maxTopicTitleLength} 文字にしてください（いま ${length} 文字）。`),
    );
  }
  // Discourse's TextSentinel counts distinct bytes of the UTF-8 text as "entropy".
  const entropy = new Set(Buffer.from(title, 'utf8')).size;
  const needed = Math.min(settings.titleMinEntropy, Math.floor(settings.minTopicTitleLength * 0.7));
  if (entropy < needed)
    problems.push(
      at('フォーラムが意味のある題名と認めません。同じ文字のくり返しを避け、もう少しくわしくしてください。'),
    );
  // TextSentinel#seems_quiet?: capitals only are shouting, unless the forum allows them (title_prettify lowers them first).
  if (!settings.allowUppercasePosts && /\p{L}/u.test(title) && !/[\p{Ll}\p{Lo}]/u.test(title)) {
    problems.push(at('フォーラムは、英字の大文字だけの題名を受け付けません。小文字を混ぜてください。'));
  }
  if (!skipsWordLengthRule(settings)) {
    const longWord = new RegExp(`\\p{L}[\\p{L}\\p{N}]{${settings.titleMaxWordLength},}`, 'u').exec(title);
    if (longWord) {
      problems.push(
        at(
          `題名に、区切りのない ${settings.titleMaxWordLength + 1} 文字以上の続きがあります（「${longWord[0]}」）。フォーラムが日本語の設定でないため、空白か「・」などで区切ってください。`,
        ),
      );
    }
  }
  return problems;
}

/**
 * Discourse wants a name and a URL name once among the categories of one parent. A category the sync does not
 * manage here (made by hand, or one it made for a room the content no longer has) may already use the name or
 * URL name a category is given or taken to: under its parent, or under the one it moves to.
 */
function categoryClashes(
  desired: DesiredState,
  observed: ObservedState,
  lineOf: LineLookup | undefined,
): ItemProblem[] {
  const matches = matchCategories(desired.categories, observed.categories);
  const managedIds = new Set([...matches.values()].map((match) => match.id));
  const others = observed.categories.filter((other) => !managedIds.has(other.id));
  const byName = firstOf(others, (other) => nameKey(other.parentId, other.name));
  const bySlug = firstOf(others, (other) => nameKey(other.parentId, other.slug));
  return desired.categories.flatMap((category) => {
    const parentId = category.parentKey ? matches.get(category.parentKey)?.id : null;
    // A parent still to be made has no other children yet.
    if (parentId === undefined) return [];
    const what = (other: ObservedCategory) =>
      categoryMarkerKey(other) === undefined
        ? '同期が作ったものではありません'
        : '以前この同期が作り、いまは内容にない部屋のカテゴリです';
    const problems: Problem[] = [];
    const sameName = byName.get(nameKey(parentId, category.name));
    if (sameName)
      problems.push(
        problemAt(
          category.origins.name,
          `フォーラムには、同じ親の下に同じ名前「${sameName.name}」のカテゴリ（URL 名 ${sameName.slug}、${what(sameName)}）があります。内容の名前を変えるか、フォーラムの管理画面でそのカテゴリの名前を変えてください。`,
          lineOf,
        ),
      );
    const sameSlug = bySlug.get(nameKey(parentId, category.slug));
    if (sameSlug)
      problems.push(
        problemAt(
          category.origins.slug,
          `フォーラムには、同じ親の下に URL 名「${sameSlug.slug}」のカテゴリ「${sameSlug.name}」（${what(sameSlug)}）があります。forumSlug に別の名前を書くか、フォーラムの管理画面でそのカテゴリの URL 名を変えてください。`,
          lineOf,
        ),
      );
    return problems.map((problem) => ({ problem, keys: [category.key] }));
  });
}

function firstOf<T>(items: T[], keyOf: (item: T) => string): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) if (!index.has(keyOf(item))) index.set(keyOf(item), item);
  return index;
}

function nameKey(parentId: number | null, name: string): string {
  return `${parentId ?? ''}/${name.trim().toLowerCase()}`;
}

/** A topic the sync does not manage may already hold a title the content wants. */
function titlesTakenByOthers(
  desired: DesiredState,
  observed: ObservedState,
  rules: TitleRules,
  lineOf: LineLookup | undefined,
): ItemProblem[] {
  const byTitle = Map.groupBy(observed.topics, (other) => other.title.toLowerCase());
  return desired.topics.flatMap((topic) => {
    const title = cleanTitle(topic.title, rules).toLowerCase();
    const holder = byTitle
      .get(title)
      ?.find(
        (other) => other.externalId?.toLowerCase() !== topic.externalId.toLowerCase() && other.markerKey !== topic.key,
      );
    return holder && !holder.externalId?.startsWith('hiroba-') && holder.markerKey === null
      ? [
          {
            problem: problemAt(
              topic.origins.title,
              `フォーラムには、同期が作ったのではない同じ題名「${holder.title}」の話題（番号 ${holder.id}）があります。内容の題名を変えるか、フォーラムでその話題の題名を変えてください。`,
              lineOf,
            ),
            keys: [topic.key],
          },
        ]
      : [];
  });
}
