import { normaliseQuery } from '../lib/typed-text.ts';
import { sitePath } from '../model/urls.ts';
import { isCrisisQuery } from './crisis.ts';
import { excerptOf } from './excerpt.ts';
import { decodePairs, searchIndexFolder, type SearchIndex, type SearchPage, type SearchShard } from './index-format.ts';
import { hasPhrases, indexWords, rankPages, readQuery, type RankedPage, type Ranking } from './rank.ts';
import { searchStatus } from './search-status.ts';
import { suggestionsFor } from './suggest.ts';
import type { KnownWords } from './word-finder.ts';

/**
 * The search page's script, the only script on the site. It reads the search's files from this site (nothing goes
 * elsewhere), searches as the visitor types, and keeps the query in the address (?q=) so a search can be shared or
 * reloaded. Crisis words are checked first, from the page itself, so urgent help shows even if the index does not
 * load.
 */

const shownResults = 10;
/** A query of other words is checked against at most this many pages' text. */
const checkedPages = 40;

const fileUrl = (name: string) => sitePath(`${searchIndexFolder}/${name}`);

async function fetchJson<T>(name: string): Promise<T> {
  const response = await fetch(fileUrl(name));
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return (await response.json()) as T;
}

interface LoadedIndex {
  index: SearchIndex;
  known: KnownWords;
  /** Each entity's folded words, to mark another name of what was found. */
  formsOf: Map<number, string[]>;
}

let loading: Promise<LoadedIndex> | undefined;
function loadIndex(): Promise<LoadedIndex> {
  loading ??= fetchJson<SearchIndex>('index.json').then((index) => {
    const formsOf = new Map<number, string[]>();
    for (const [form, senses] of Object.entries(index.words)) {
      for (const entity of decodePairs(senses).keys()) formsOf.set(entity, [...(formsOf.get(entity) ?? []), form]);
    }
    return { index, known: indexWords(index), formsOf };
  });
  loading.catch(() => (loading = undefined));
  return loading;
}

const shardLoads = new Map<string, Promise<SearchShard>>();
const pageLoads = new Map<string, Promise<SearchPage>>();
function cached<T>(cache: Map<string, Promise<T>>, name: string): Promise<T> {
  let load = cache.get(name);
  if (!load) {
    load = fetchJson<T>(name);
    load.catch(() => cache.delete(name));
    cache.set(name, load);
  }
  return load;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text) made.textContent = text;
  return made;
}

function resultItem(page: SearchPage, marks: { preferred: string[]; others: string[] }): HTMLLIElement {
  const item = element('li', '');
  const meta = element('p', 'search-result-meta');
  meta.append(element('span', 'search-kind', page.kind));
  if (page.context) meta.append(element('span', 'search-context', page.context));
  const link = element('a', 'search-result-title', page.title);
  link.href = sitePath(page.path);
  const excerpt = element('p', 'search-excerpt');
  for (const part of excerptOf(page.text, marks.preferred, marks.others)) {
    excerpt.append(part.marked ? element('mark', '', part.text) : document.createTextNode(part.text));
  }
  item.append(meta, link, excerpt);
  return item;
}

/**
 * The pages to show and how many answer: the first ones, or for a query of other words the first whose text has
 * its phrases (counted among the pages checked; `more` when some were left unchecked).
 */
async function shownPages(
  ranking: Ranking,
  folder: string,
): Promise<{ pages: SearchPage[]; total: number; more: boolean }> {
  if (ranking.by === 'nothing') return { pages: [], total: 0, more: false };
  const load = (ranked: RankedPage) => cached(pageLoads, `${folder}/${ranked.page}.json`);
  if (ranking.by === 'words') {
    const pages = await Promise.all(ranking.pages.slice(0, shownResults).map(load));
    return { pages, total: ranking.pages.length, more: false };
  }
  const checked = await Promise.all(ranking.pages.slice(0, checkedPages).map(load));
  const pages = checked.filter((page) => hasPhrases(page, ranking.phrases));
  return { pages: pages.slice(0, shownResults), total: pages.length, more: ranking.pages.length > checkedPages };
}

/** Reads the files a query needs and ranks the pages; what to mark in excerpts comes from the query's words. */
async function search(query: string) {
  const { index, known, formsOf } = await loadIndex();
  const searchQuery = readQuery(query, index, known);
  const shards = new Map(
    await Promise.all(
      searchQuery.shards.map(async (shard) => [shard, await cached(shardLoads, index.shards[shard] ?? '')] as const),
    ),
  );
  const ranking = rankPages(searchQuery, index, shards);
  const { pages, total, more } = await shownPages(ranking, index.pages);
  const { words, tokens, phrases } = searchQuery.read;
  const entitiesOf = (form: string) => [...decodePairs(index.words[form] ?? []).keys()];
  const marks = {
    preferred: [...words.map((word) => word.form), ...phrases, ...tokens.map((token) => token.form)],
    others: words.flatMap((word) =>
      (word.completes ?? [word.form]).flatMap(entitiesOf).flatMap((entity) => formsOf.get(entity) ?? []),
    ),
  };
  return { ranking, pages, total, more, index, marks };
}

interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  crisis: HTMLElement;
  status: HTMLElement;
  none: HTMLElement;
  suggestions: HTMLElement;
  list: HTMLOListElement;
}

function findParts(): Parts | undefined {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const crisis = document.querySelector<HTMLElement>('#search-crisis');
  const status = document.querySelector<HTMLElement>('#search-status');
  const none = document.querySelector<HTMLElement>('#search-none');
  const suggestions = document.querySelector<HTMLElement>('#search-suggestions');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !crisis || !status || !none || !suggestions || !list) return undefined;
  return { form, input, crisis, status, none, suggestions, list };
}

function showSuggestions(parts: Parts, query: string, index: SearchIndex): void {
  const found = suggestionsFor(query, index);
  const list = parts.suggestions.querySelector('ul');
  parts.suggestions.hidden = found.length === 0 || !list;
  list?.replaceChildren(
    ...found.map((suggestion) => {
      const item = element('li', '');
      const link = element('a', '', suggestion.label);
      const address = new URL(location.href);
      address.searchParams.set('q', suggestion.query);
      link.href = address.pathname + address.search;
      item.append(link);
      return item;
    }),
  );
}

export function startSearchPage(): void {
  const parts = findParts();
  if (!parts) return;
  const crisisWords = JSON.parse(parts.crisis.dataset.words ?? '[]') as string[];

  let latest = 0;
  const run = async (raw: string) => {
    const query = normaliseQuery(raw);
    const ticket = ++latest;
    const address = new URL(location.href);
    if (query) address.searchParams.set('q', query);
    else address.searchParams.delete('q');
    history.replaceState(null, '', address);
    const crisis = isCrisisQuery(query, crisisWords);
    parts.crisis.hidden = !crisis;
    if (!query) {
      parts.list.replaceChildren();
      parts.none.hidden = true;
      parts.status.textContent = '';
      return;
    }
    parts.status.textContent = '検索しています…';
    let found: Awaited<ReturnType<typeof search>>;
    try {
      found = await search(query);
    } catch {
      if (ticket !== latest) return;
      parts.list.replaceChildren();
      parts.suggestions.hidden = true;
      parts.none.hidden = false;
      parts.status.textContent = searchStatus.unavailable;
      return;
    }
    if (ticket !== latest) return;
    const { ranking, pages, total, more, index, marks } = found;
    parts.list.replaceChildren(...pages.map((page) => resultItem(page, marks)));
    parts.none.hidden = pages.length > 0 || crisis;
    parts.status.textContent = searchStatus.of(query, ranking, { shown: pages.length, total, more, crisis });
    if (pages.length === 0 && !crisis) showSuggestions(parts, query, index);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  parts.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(parts.input.value), 250);
  });
  parts.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(parts.input.value);
  });

  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    parts.input.value = initial;
    void run(initial);
  }
}
