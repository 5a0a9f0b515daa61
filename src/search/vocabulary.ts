import type { Catalog } from '../model/catalog.ts';
import { insideSite, paths } from '../model/urls.ts';
import { matchForm } from '../lib/typed-text.ts';
import { relationWeight, wordStrength, type SearchEntityKind } from './index-format.ts';
import { siteSections } from './site-sections.ts';

/**
 * The words the site knows and the pages each leads to, from the catalogue: every condition, role and programme
 * with its name, reading, aliases and the words people use (`searchWords`), and its pages ranked by how closely
 * they belong to it; and the site's own sections (./site-sections.ts). A word finds its own page first (統合失調症 → the family community's condition page), then
 * the pages made of it (its condition × role pages, rooms, programmes, events). Pages are paths inside the site
 * (`conditions/mpa/`), as the index stores them.
 */

interface VocabularyWord {
  /** The word folded as a query is folded (../lib/typed-text.ts): what the finder matches. */
  form: string;
  /** The word as staff wrote it; for a reading, the word it reads. */
  written: string;
  strength: number;
}

export interface VocabularyEntity {
  /** What the entity is called, for messages. */
  label: string;
  kind: SearchEntityKind;
  words: VocabularyWord[];
  /** Pages this entity leads to, with how closely each belongs to it. */
  pages: Map<string, number>;
}

interface Named {
  name: string;
  reading?: string;
  aliases?: string[];
  searchWords: { word: string; reading?: string | undefined }[];
}

const nameSeparators = /[\s　（）()「」『』【】・、，,／/]+/u;

/** A name and its parts: 子ども（ヤングケアラー） is found by 子ども and by ヤングケアラー, 配偶者・パートナー by either half. */
function withParts(name: string): string[] {
  const parts = name.split(nameSeparators).filter(Boolean);
  return parts.length > 1 ? [name, ...parts] : [name];
}

function wordsOf(entry: Named): VocabularyWord[] {
  const word = (text: string, written: string, kind: keyof typeof wordStrength): VocabularyWord[] => {
    const parts = withParts(text);
    // A reading's parts read the name's parts when they line up (はいぐうしゃ・ぱーとなー), else the whole name.
    const writtenParts = withParts(written);
    return parts.map((part, index) => ({
      form: matchForm(part),
      written: writtenParts.length === parts.length ? (writtenParts[index] ?? written) : written,
      strength: wordStrength[kind],
    }));
  };
  return [
    ...word(entry.name, entry.name, 'name'),
    ...(entry.reading ? word(entry.reading, entry.name, 'name') : []),
    ...(entry.aliases ?? []).flatMap((alias) => word(alias, alias, 'other')),
    ...entry.searchWords.flatMap((searchWord) => [
      ...word(searchWord.word, searchWord.word, 'other'),
      ...(searchWord.reading ? word(searchWord.reading, searchWord.word, 'other') : []),
    ]),
  ];
}

const relations = ['own', 'pair', 'room', 'programme', 'event'] as const;

/** Each page once, with its closest relation. */
function pagesOf(related: Partial<Record<(typeof relations)[number], string[]>>): Map<string, number> {
  const pages = new Map<string, number>();
  for (const relation of relations) {
    for (const path of related[relation] ?? []) {
      const page = insideSite(path);
      pages.set(page, Math.max(pages.get(page) ?? 0, relationWeight[relation]));
    }
  }
  return pages;
}

export function searchVocabulary(catalog: Catalog): VocabularyEntity[] {
  const conditions = catalog.conditions.map((condition) => {
    const rooms = catalog.roomsOf(condition.id);
    return {
      label: condition.data.name,
      kind: 'condition' as const,
      words: wordsOf(condition.data),
      pages: pagesOf({
        own: [paths.condition(condition.id)],
        pair: catalog.rolesServedIn(condition.id).map((role) => paths.conditionRole(condition.id, role.id)),
        room: rooms.map((room) => paths.room(room.id)),
        programme: rooms.map((room) => paths.programme(room.data.programme)),
        event: catalog.events
          .filter((event) => catalog.roomsOfEvent(event).some((room) => room.data.condition === condition.id))
          .map((event) => paths.event(event.id)),
      }),
    };
  });
  const roles = catalog.roles.map((role) => ({
    label: role.data.name,
    kind: 'role' as const,
    words: wordsOf(role.data),
    pages: pagesOf({
      own: [paths.role(role.id)],
      pair: catalog.pairs
        .filter((pair) => pair.role.id === role.id)
        .map((pair) => paths.conditionRole(pair.condition.id, role.id)),
      room: catalog.rooms.filter((room) => room.data.roles.includes(role.id)).map((room) => paths.room(room.id)),
      event: catalog.events
        .filter((event) => catalog.rolesOf(event).some((eventRole) => eventRole.id === role.id))
        .map((event) => paths.event(event.id)),
    }),
  }));
  const programmes = catalog.programmes.map((programme) => ({
    label: programme.data.name,
    kind: 'programme' as const,
    words: wordsOf(programme.data),
    pages: pagesOf({
      own: [paths.programme(programme.id)],
      room: catalog.roomsOfProgramme(programme).map((room) => paths.room(room.id)),
      event: catalog.eventsOfProgramme(programme).map((event) => paths.event(event.id)),
    }),
  }));
  const sections = siteSections.map((section) => ({
    label: section.name,
    kind: 'section' as const,
    words: wordsOf(section),
    pages: pagesOf({
      own: [section.path],
      event: section.listsEvents ? catalog.events.map((event) => paths.event(event.id)) : [],
    }),
  }));
  return [...conditions, ...roles, ...programmes, ...sections];
}
