import type { Catalog } from '../model/catalog.ts';
import { insideSite, paths } from '../model/urls.ts';
import { formatJaDate } from '../lib/japanese-date.ts';

/** What a result says a page is, so a worried visitor sees at a glance where a link goes. */
export type SearchPageKind = '病気' | '立場' | '部屋' | '交流会' | 'コミュニティ' | '案内';

export interface SearchPageLabel {
  /** The page's name, never its hidden keywords. */
  title: string;
  kind: SearchPageKind;
  /** The programme, condition or date, where the name alone does not say it. */
  context?: string;
}

/**
 * Each catalogue page's result label, by its path inside the site (`rooms/mpa/`). Other pages (home, lists,
 * help) are labelled from their own heading by the index builder.
 */
export function searchPageLabels(catalog: Catalog): Map<string, SearchPageLabel> {
  const labels = new Map<string, SearchPageLabel>();
  const add = (path: string, label: SearchPageLabel) => labels.set(insideSite(path), label);
  for (const condition of catalog.conditions)
    add(paths.condition(condition.id), { title: condition.data.name, kind: '病気' });
  for (const role of catalog.roles) add(paths.role(role.id), { title: `${role.data.name}の方へ`, kind: '立場' });
  for (const pair of catalog.pairs) {
    add(paths.conditionRole(pair.condition.id, pair.role.id), {
      title: `${pair.role.data.name}の方へ`,
      kind: '立場',
      context: pair.condition.data.name,
    });
  }
  for (const programme of catalog.programmes) {
    add(paths.programme(programme.id), { title: programme.data.name, kind: 'コミュニティ' });
  }
  for (const room of catalog.rooms) {
    const programme = catalog.programmeOf(room).data.name;
    add(paths.room(room.id), {
      title: room.data.name,
      kind: '部屋',
      ...(room.data.name.includes(programme) ? {} : { context: programme }),
    });
  }
  for (const event of catalog.events) {
    const rooms = catalog.roomsOfEvent(event).map((room) => room.data.name);
    add(paths.event(event.id), {
      title: event.data.title,
      kind: '交流会',
      context: [formatJaDate(event.data.start), ...rooms].join('　'),
    });
  }
  return labels;
}
