import type { Problem } from '../../checker/problem.ts';
import { externalIdMaxLength, externalIdPattern } from './external-id.ts';
import { withMarker } from './marker.ts';
import { matchCategories } from './match.ts';
import { skipsWordLengthRule, type ForumSettings } from './settings.ts';
import { cleanTitle, titleRules, type TitleRules } from './title.ts';
import type { DesiredCategory, DesiredGroup, DesiredState, DesiredTopic, ObservedCategory, ObservedState, Origin } from './types.ts';

export interface ValidationContext {
  settings: ForumSettings;
  observed: ObservedState;
}

/** Discourse's category name limit (app/models/category.rb). */
const maxCategoryNameLength = 50;

/**
 * Everything the forum would refuse, found before any write and said in terms of the content file and field
 * to fix. Limits come from the forum's own settings when it shared them.
 */
export function validateDesired(desired: DesiredState, context: ValidationContext): Problem[] {
  const unmanaged = unmanagedCategories(desired, context.observed);
  return [
    ...desired.groups.flatMap(groupProblems),
    ...desired.categories.flatMap((category) => categoryProblems(category, desired, unmanaged)),
    ...topicProblems(desired, context),
  ];
}

/** Group names follow Discourse's username rules (UsernameValidator). */
function groupProblems(group: DesiredGroup): Problem[] {
  const name = group.name;
  const fine =
    /^[A-Za-z0-9_][\w.-]{1,18}[A-Za-z0-9]$/.test(name) && !/[-_.]{2,}/.test(name);
  return fine
    ? []
    : [problem(group.origin, `グループ名「${name}」はフォーラムで使えません。半角英数字で始まり英数字で終わる 3〜20 文字にし、「_」を続けて使わないでください。`)];
}

function problem(origin: Origin, message: string): Problem {
  return { file: origin.file, field: origin.field, message, severity: 'error' };
}

const characters = (text: string) => [...text].length;

function categoryProblems(category: DesiredCategory, desired: DesiredState, unmanaged: UnmanagedCategories): Problem[] {
  const problems: Problem[] = [];
  const name = category.name.trim();
  if (characters(name) < 1 || characters(name) > maxCategoryNameLength) {
    problems.push(problem(category.origins.name, `フォーラムのカテゴリ名は ${maxCategoryNameLength} 文字までです（いま ${characters(name)} 文字）。短くしてください。`));
  }
  const earlierSiblings = desired.categories
    .slice(0, desired.categories.indexOf(category))
    .filter((other) => other.parentKey === category.parentKey);
  if (earlierSiblings.some((other) => other.name.trim().toLowerCase() === name.toLowerCase())) {
    problems.push(problem(category.origins.name, `同じ親カテゴリの中に、同じ名前「${name}」のカテゴリがほかにもあります。名前を変えてください。`));
  }
  if (earlierSiblings.some((other) => other.slug === category.slug)) {
    problems.push(problem(category.origins.slug, `同じ親カテゴリの中で、URL 名「${category.slug}」がほかと重なっています。forumSlug を変えてください。`));
  }
  if (!/^[a-z0-9-]+$/.test(category.slug) || /^\d+$/.test(category.slug) || category.slug === 'none' || /^\d+-category$/.test(category.slug)) {
    problems.push(problem(category.origins.slug, `「${category.slug}」はフォーラムのカテゴリの URL 名に使えません。数字だけの名前や「none」を避け、半角の英小文字を含めてください。`));
  }
  problems.push(...siblingNameClash(category, unmanaged));
  return problems;
}

/** The forum's categories the sync does not manage, by parent and name; found once per run. */
interface UnmanagedCategories {
  matches: Map<string, ObservedCategory>;
  byName: Map<string, ObservedCategory>;
}

function unmanagedCategories(desired: DesiredState, observed: ObservedState): UnmanagedCategories {
  const matches = matchCategories(desired.categories, observed.categories);
  const managedIds = new Set([...matches.values()].map((match) => match.id));
  const byName = new Map<string, ObservedCategory>();
  for (const other of observed.categories) {
    const key = nameKey(other.parentId, other.name);
    if (!managedIds.has(other.id) && !byName.has(key)) byName.set(key, other);
  }
  return { matches, byName };
}

function nameKey(parentId: number | null, name: string): string {
  return `${parentId ?? ''}/${name.trim().toLowerCase()}`;
}

/** A category the sync does not manage may already use the name under the same parent. */
function siblingNameClash(category: DesiredCategory, { matches, byName }: UnmanagedCategories): Problem[] {
  const parentId = category.parentKey ? matches.get(category.parentKey)?.id : null;
  if (parentId === undefined) return [];
  const clash = byName.get(nameKey(parentId, category.name));
  return clash
    ? [problem(category.origins.name, `フォーラムには、同じ親の下に同じ名前「${clash.name}」のカテゴリ（URL 名 ${clash.slug}）がすでにあります。名前を変えてください。`)]
    : [];
}

function topicProblems(desired: DesiredState, { settings, observed }: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const seenTitles = new Map<string, DesiredTopic>();
  const seenIds = new Map<string, DesiredTopic>();
  const rules = titleRules(settings);
  for (const topic of desired.topics) {
    const title = cleanTitle(topic.title, rules);
    problems.push(...titleProblems(topic, title, settings));
    const titleKey = settings.allowDuplicateTopicTitlesCategory ? `${topic.categoryKey}\n${title.toLowerCase()}` : title.toLowerCase();
    const sameTitle = seenTitles.get(titleKey);
    if (sameTitle && !settings.allowDuplicateTopicTitles) {
      problems.push(problem(topic.origins.title, `題名「${title}」が ${sameTitle.file} と同じです。フォーラムでは同じ題名の話題を作れません。題名を変えてください。`));
    }
    seenTitles.set(titleKey, topic);
    if (topic.externalId.length > externalIdMaxLength || !externalIdPattern.test(topic.externalId)) {
      problems.push(problem(topic.origins.externalId, `フォーラムでの識別子「${topic.externalId}」が作れません。ファイル名を半角英数字とハイフンにしてください。`));
    }
    const sameId = seenIds.get(topic.externalId.toLowerCase());
    if (sameId) problems.push(problem(topic.origins.externalId, `フォーラムでの識別子が ${sameId.file} と重なります。ファイル名を変えてください。`));
    seenIds.set(topic.externalId.toLowerCase(), topic);
    const raw = withMarker(topic.raw, topic.key).replace(/<!--[\s\S]*?-->/g, '');
    if (characters(raw) > settings.maxPostLength) {
      problems.push(problem(topic.origins.raw, `フォーラムの投稿は ${settings.maxPostLength} 文字までです（いま ${characters(raw)} 文字）。本文を短くしてください。`));
    }
    if (characters(raw.trim()) < settings.minFirstPostLength) {
      problems.push(problem(topic.origins.raw, `フォーラムの最初の投稿は ${settings.minFirstPostLength} 文字以上必要です。本文を書き足してください。`));
    }
  }
  problems.push(...titlesTakenByOthers(desired, observed, rules));
  return problems;
}

function titleProblems(topic: DesiredTopic, title: string, settings: ForumSettings): Problem[] {
  const problems: Problem[] = [];
  const length = characters(title);
  if (length < settings.minTopicTitleLength || length > settings.maxTopicTitleLength) {
    problems.push(
      problem(
        topic.origins.title,
        `フォーラムの題名は ${settings.minTopicTitleLength}〜${settings.maxTopicTitleLength} 文字にしてください（いま ${length} 文字）。`,
      ),
    );
  }
  // Discourse's TextSentinel counts distinct bytes of the UTF-8 text as "entropy".
  const entropy = new Set(Buffer.from(title, 'utf8')).size;
  const needed = Math.min(settings.titleMinEntropy, Math.floor(settings.minTopicTitleLength * 0.7));
  if (entropy < needed) problems.push(problem(topic.origins.title, 'フォーラムが意味のある題名と認めません。同じ文字のくり返しを避け、もう少しくわしくしてください。'));
  if (!skipsWordLengthRule(settings)) {
    const longWord = new RegExp(`\\p{L}[\\p{L}\\p{N}]{${settings.titleMaxWordLength},}`, 'u').exec(title);
    if (longWord) {
      problems.push(
        problem(
          topic.origins.title,
          `題名に、区切りのない ${settings.titleMaxWordLength + 1} 文字以上の続きがあります（「${longWord[0]}」）。フォーラムが日本語の設定でないため、空白か「・」などで区切ってください。`,
        ),
      );
    }
  }
  return problems;
}

/** A topic the sync does not manage may already hold a title the content wants. */
function titlesTakenByOthers(desired: DesiredState, observed: ObservedState, rules: TitleRules): Problem[] {
  const problems: Problem[] = [];
  const byTitle = Map.groupBy(observed.topics, (other) => other.title.toLowerCase());
  for (const topic of desired.topics) {
    const title = cleanTitle(topic.title, rules).toLowerCase();
    const holder = byTitle.get(title)?.find(
      (other) => other.externalId?.toLowerCase() !== topic.externalId.toLowerCase() && other.markerKey !== topic.key,
    );
    if (holder && !holder.externalId?.startsWith('hiroba-') && holder.markerKey === null) {
      problems.push(problem(topic.origins.title, `フォーラムには、同じ題名「${holder.title}」の別の話題（番号 ${holder.id}）がすでにあります。題名を変えてください。`));
    }
  }
  return problems;
}
