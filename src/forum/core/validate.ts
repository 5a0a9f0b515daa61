import { problemAt, type LineLookup, type Problem } from '../../lib/problem.ts';
import { characters, contentProblems } from './content-rules.ts';
import { matchCategories } from './match.ts';
import { skipsWordLengthRule, type ForumSettings } from './settings.ts';
import { cleanTitle, titleRules, type TitleRules } from './title.ts';
import type { DesiredState, DesiredTopic, ObservedCategory, ObservedState } from './types.ts';

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
export function validateDesired(desired: DesiredState, context: ValidationContext): Problem[] {
  const { settings, observed, lineOf } = context;
  const rules = titleRules(settings);
  return [
    ...contentProblems(desired, settings, lineOf),
    ...desired.topics.flatMap((topic) => titleProblems(topic, cleanTitle(topic.title, rules), settings, lineOf)),
    ...unmanagedNameClashes(desired, observed, lineOf),
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
  if (length < settings.minTopicTitleLength || length > settings.maxTopicTitleLength) {
    problems.push(
      at(
        `フォーラムの題名は ${settings.minTopicTitleLength}〜${settings.maxTopicTitleLength} 文字にしてください（いま ${length} 文字）。`,
      ),
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

/** A category the sync does not manage may already use a name under the same parent. */
function unmanagedNameClashes(
  desired: DesiredState,
  observed: ObservedState,
  lineOf: LineLookup | undefined,
): Problem[] {
  const matches = matchCategories(desired.categories, observed.categories);
  const managedIds = new Set([...matches.values()].map((match) => match.id));
  const byName = new Map<string, ObservedCategory>();
  for (const other of observed.categories) {
    const key = nameKey(other.parentId, other.name);
    if (!managedIds.has(other.id) && !byName.has(key)) byName.set(key, other);
  }
  return desired.categories.flatMap((category) => {
    const parentId = category.parentKey ? matches.get(category.parentKey)?.id : null;
    const clash = parentId === undefined ? undefined : byName.get(nameKey(parentId, category.name));
    return clash
      ? [
          problemAt(
            category.origins.name,
            `フォーラムには、同じ親の下に同じ名前「${clash.name}」のカテゴリ（URL 名 ${clash.slug}）がすでにあります。名前を変えてください。`,
            lineOf,
          ),
        ]
      : [];
  });
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
): Problem[] {
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
          problemAt(
            topic.origins.title,
            `フォーラムには、同じ題名「${holder.title}」の別の話題（番号 ${holder.id}）がすでにあります。題名を変えてください。`,
            lineOf,
          ),
        ]
      : [];
  });
}
