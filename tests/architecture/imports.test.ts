import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, forbiddenImports, readImportGraph, type LayerRules } from './import-graph.ts';

/*
 * The folders under src/ are the architecture: each may use the ones below it and never one above.
 *
 *   lib (generic helpers) is usable by all
 *   schemas ← model ← checker, site, images, calendar, search, markdown, furigana, forum
 *   forum/core ← forum/discourse ← forum/apply ← forum/command
 *   forum/core ← checker (the check runs the forum's content rules) ← forum/command (the sync runs the check)
 *   pages, components, layouts (and Astro's other edges) may use everything
 */

const domain = ['lib', 'schemas', 'model'];

/**
 * Where one folder of the middle row uses another, each on purpose:
 * - site reads site.yaml with the checker's one parser (checker/site-file.ts);
 * - a room's flyer is drawn from the site's catalogue (images/room-flyer.ts);
 * - the check refuses what the forum would refuse for content reasons, with the forum's own rules
 *   (checker/forum-check.ts runs forum/core/content-rules.ts on the desired state);
 * - the sync runs the whole check before it touches the forum (forum/command/cli.ts).
 */
const sideways = { site: ['checker'], images: ['site'], checker: ['forum/core'], forumCommand: ['checker'] };

const rules: LayerRules = {
  lib: [],
  schemas: ['lib'],
  model: ['lib', 'schemas'],
  checker: [...domain, ...sideways.checker],
  // New content files are written from the schemas and the content that exists, read as the checker reads it.
  scaffold: [...domain, 'checker'],
  site: [...domain, ...sideways.site],
  images: [...domain, ...sideways.images],
  calendar: domain,
  search: domain,
  markdown: domain,
  furigana: domain,
  'forum/core': domain,
  'forum/discourse': [...domain, 'forum/core'],
  'forum/apply': [...domain, 'forum/core', 'forum/discourse'],
  'forum/command': [...domain, ...sideways.forumCommand, 'forum/core', 'forum/discourse', 'forum/apply'],
  // Astro's edges: the build's integrations, the content collections' definition, the middleware every page
  // passes through, and the pages themselves.
  integrations: '*',
  'content.config.ts': '*',
  'middleware.ts': '*',
  pages: '*',
  components: '*',
  layouts: '*',
};

/**
 * The steps of a sync run, each a file or two. The command alone wires them, in order (forum/command/sync.ts):
 * read the settings → desired state → observe → plan → check → apply. No step reaches into another. The content
 * check alone also builds the desired state (pure), to run the forum's content rules on it.
 */
const stepCallers = ['forum/command/', 'checker/forum-check.ts'];
const syncSteps = [
  ['forum/discourse/read/settings.ts'],
  ['forum/core/desired.ts'],
  ['forum/discourse/observe.ts'],
  ['forum/core/plan.ts', 'forum/core/plan-items.ts'],
  ['forum/core/validate.ts'],
  ['forum/apply/run.ts'],
];

const src = fileURLToPath(new URL('../../src', import.meta.url));

describe('the imports between the folders of src/', () => {
  const graph = readImportGraph(src);

  it('are read from every .ts and .astro file, frontmatter and <script> blocks included', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('forum/command/sync.ts')).toContain('forum/core/plan.ts');
    expect(graph.get('pages/search.astro')).toContain('search/search-page.ts');
    expect(graph.get('pages/search.astro')).toContain('layouts/Base.astro');
  });

  it('never go up a layer', () => {
    expect(forbiddenImports(graph, rules)).toEqual([]);
  });

  it('never go round in a cycle', () => {
    expect(findCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('leave the sync’s steps for the command to call: no step calls into another', () => {
    const crossings = [...graph].flatMap(([file, targets]) =>
      syncSteps.flatMap((step) =>
        targets
          .filter(
            (target) =>
              step.includes(target) && !step.includes(file) && !stepCallers.some((caller) => file.startsWith(caller)),
          )
          .map((target) => `${file} → ${target}`),
      ),
    );
    expect(crossings).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('catch an upward import, an import from outside src/ and a folder without a rule', () => {
    const graph = new Map([
      ['forum/core/plan.ts', ['forum/apply/run.ts', 'model/entry.ts']],
      ['forum/apply/run.ts', ['forum/core/plan.ts', '../tools/bench/report.ts']],
      ['widgets/clock.ts', []],
    ]);
    expect(forbiddenImports(graph, rules)).toEqual([
      'forum/core/plan.ts → forum/apply/run.ts: forum/core may not use forum/apply',
      'forum/apply/run.ts → ../tools/bench/report.ts: code under src/ may not import from outside it',
      'widgets/clock.ts: the folder widgets has no rule yet; say which folders it may use',
    ]);
  });

  it('catch a cycle of any length, a file importing itself included', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(
      findCycles(graph)
        .map((cycle) => cycle.join(' → '))
        .sort(),
    ).toEqual(['a.ts → b.ts → c.ts → a.ts', 'e.ts → e.ts']);
  });
});
