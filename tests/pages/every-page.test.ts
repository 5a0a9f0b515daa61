import { describe, expect, it } from 'vitest';
import { paths } from '../../src/model/urls.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { allPagePaths, readPage, textOf } from './built-site.ts';

const { catalog } = await loadSampleContent();
const pagePaths = await allPagePaths();

/** Pages about mental illness: each carries the short notice that links urgent help. */
const mentalHealthPages = new Set([
  ...catalog.conditions.filter((c) => c.data.mentalHealth).map((c) => paths.condition(c.id)),
  ...catalog.pairs
    .filter((p) => p.condition.data.mentalHealth)
    .map((p) => paths.conditionRole(p.condition.id, p.role.id)),
  ...catalog.rooms.filter(catalog.isMentalHealthRoom).map((r) => paths.room(r.id)),
  ...catalog.events.filter(catalog.isMentalHealthEvent).map((e) => paths.event(e.id)),
  ...catalog.roles.filter((r) => catalog.isMentalHealthRole(r.id)).map((r) => paths.role(r.id)),
  ...catalog.programmes.filter(catalog.isMentalHealthProgramme).map((p) => paths.programme(p.id)),
]);

const externalUrl = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/**
 * Pages that run a script, each its own from this site: site search (with WebAssembly), and the quick exit of the
 * pages someone may not want to be seen reading (it replaces the page in the history; it works as a plain link
 * without it).
 */
const sensitivePages = new Set([
  paths.help(),
  ...catalog.programmes.filter(catalog.isSensitiveProgramme).map((p) => paths.programme(p.id)),
  ...catalog.conditions.filter(catalog.isSensitiveCondition).map((c) => paths.condition(c.id)),
  ...catalog.pairs
    .filter((p) => catalog.isSensitiveCondition(p.condition))
    .map((p) => paths.conditionRole(p.condition.id, p.role.id)),
  ...catalog.rooms.filter(catalog.isSensitiveRoom).map((r) => paths.room(r.id)),
  ...catalog.events.filter(catalog.isSensitiveEvent).map((e) => paths.event(e.id)),
  ...catalog.roles.filter((r) => catalog.isSensitiveRole(r.id)).map((r) => paths.role(r.id)),
]);
const pagesWithScripts = new Set([paths.search(), ...sensitivePages]);

describe.each(pagePaths)('page %s', (path) => {
  it('is Japanese, with one h1 and headings that never skip a level', async () => {
    const page = await readPage(path);
    expect(page.documentElement.getAttribute('lang')).toBe('ja');
    const levels = [...page.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level, `heading ${index + 1} (h${level})`).toBeLessThanOrEqual(levels[index - 1]! + 1);
    });
  });

  it('has the landmarks and a skip link to the main content', async () => {
    const page = await readPage(path);
    for (const landmark of ['header', 'nav', 'main#main', 'footer'])
      expect(page.querySelector(landmark), landmark).not.toBeNull();
    expect(page.querySelector('body > a.skip-link')?.getAttribute('href')).toBe('#main');
  });

  it('runs no script and loads nothing from another origin', async () => {
    const page = await readPage(path);
    for (const script of page.querySelectorAll('script')) {
      const type = script.getAttribute('type');
      if (type === 'application/ld+json') continue;
      expect(pagesWithScripts.has(path), script.outerHTML).toBe(true);
      expect(script.getAttribute('src'), script.outerHTML).toMatch(/^\/[^/]/);
    }
    const resources = page.querySelectorAll(
      'link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"], img, script[src],' +
        ' iframe, source, video, audio, object, embed',
    );
    for (const element of resources) {
      const address = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('data') ?? '';
      expect(address, element.outerHTML).not.toMatch(externalUrl);
    }
  });

  it('declares a Content-Security-Policy that allows this site only, before anything loads', async () => {
    const page = await readPage(path);
    const meta = page.querySelector('head > meta[http-equiv="Content-Security-Policy"]');
    expect(meta, 'CSP meta').not.toBeNull();
    const directives = new Map(
      (meta!.getAttribute('content') ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...sources]) => [name, sources]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(pagesWithScripts.has(path) ? ["'self'"] : ["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(["'self'", "'none'"], name).toContain(source);
    }
    const headElements = [...page.head.children];
    const firstLoad = headElements.findIndex((el) => el.matches('link[rel~="stylesheet"], link[rel~="icon"]'));
    expect(headElements.indexOf(meta!)).toBeLessThan(firstLoad);
  });

  it('marks every link that leaves the site and tells that site nothing', async () => {
    const page = await readPage(path);
    for (const link of page.querySelectorAll('a[href^="http:"], a[href^="https:"]')) {
      expect(link.getAttribute('rel'), link.outerHTML).toBe('noopener noreferrer');
      expect(textOf(link), link.outerHTML).toContain('（外部サイト）');
    }
    expect(page.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer');
  });

  it(`${mentalHealthPages.has(path) ? 'carries' : 'needs no'} the short notice that links urgent help`, async () => {
    const page = await readPage(path);
    expect(page.querySelector(`main .help-notice a[href="${paths.help()}"]`) !== null).toBe(
      mentalHealthPages.has(path),
    );
  });

  it(`${sensitivePages.has(path) ? 'offers' : 'needs no'} a quick exit at the top`, async () => {
    const page = await readPage(path);
    expect(page.querySelector('body > .quick-exit a[data-quick-exit]') !== null).toBe(sensitivePages.has(path));
  });

  it('links urgent help from its footer', async () => {
    const page = await readPage(path);
    expect(page.querySelector(`footer a[href="${paths.help()}"]`)).not.toBeNull();
  });
});

describe('mental-health pages', () => {
  it('include the family roles of the mental-illness rooms and not the patient or family roles', () => {
    for (const role of ['parent', 'sibling', 'child', 'partner'])
      expect(mentalHealthPages.has(paths.role(role)), role).toBe(true);
    for (const role of ['patient', 'family']) expect(mentalHealthPages.has(paths.role(role)), role).toBe(false);
    expect(mentalHealthPages.has(paths.event('young-carer-online-2026-12'))).toBe(true);
    expect(mentalHealthPages.has(paths.condition('mental-illness'))).toBe(true);
  });
});
