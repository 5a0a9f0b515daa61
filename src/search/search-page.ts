import { normaliseQuery } from './query.ts';
import { searchRanking } from './ranking.ts';
import { sitePath } from '../model/urls.ts';

/**
 * The search page's script, the only script on the site. It loads Pagefind's index from this site (nothing goes
 * elsewhere), searches as the visitor types, and keeps the query in the address (?q=) so a search can be shared
 * or reloaded.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const shownResults = 10;
// Pagefind takes the site's base from where this script lives, so its results link below the base too.
const pagefindUrl = sitePath('pagefind/pagefind.js');

let loading: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pagefind.options({ excerptLength: 40, ranking: searchRanking });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** Pagefind marks matches with <mark>; copy only text and marks, so nothing else from the index becomes markup. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(link, excerpt);
  return item;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;

  let latest = 0;
  const run = async (raw: string) => {
    const query = normaliseQuery(raw);
    const ticket = ++latest;
    const address = new URL(location.href);
    if (query) address.searchParams.set('q', query);
    else address.searchParams.delete('q');
    history.replaceState(null, '', address);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = '検索しています…';
    const pagefind = await loadPagefind();
    const search = await pagefind.search(query);
    const results = await Promise.all((search?.results ?? []).slice(0, shownResults).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...results.map(resultItem));
    status.textContent = results.length
      ? `「${query}」が見つかったページ: ${search?.results.length ?? 0} 件`
      : `「${query}」が見つかるページはありませんでした。ひらがなや、別の言い方でも試してみてください。`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });

  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
