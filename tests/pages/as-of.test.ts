import { describe, expect, it } from 'vitest';
import { formatJaDate } from '../../src/lib/japanese-date.ts';
import { eventsOverview } from '../../src/model/events.ts';
import { paths } from '../../src/model/urls.ts';
import { loadSampleContent } from '../support/sample-content.ts';
import { allPagePaths, readPage, siteNow, textOf } from './built-site.ts';

/**
 * Event states (upcoming, deadline passed, ended) are decided at build time. Every page that shows them says the day
 * it was built for, once, in words; pages without them say nothing of it. A missed daily rebuild is then visible.
 */

const content = await loadSampleContent();
const { catalog } = content;
const pagePaths = await allPagePaths();

const showsEventStates = new Set([
  paths.home(),
  paths.events(),
  ...eventsOverview(catalog.events, siteNow).months.map(paths.eventsMonth),
  ...catalog.events.map((e) => paths.event(e.id)),
  ...catalog.rooms.map((r) => paths.room(r.id)),
  ...catalog.conditions.map((c) => paths.condition(c.id)),
  ...catalog.pairs.map((p) => paths.conditionRole(p.condition.id, p.role.id)),
  ...catalog.roles.map((r) => paths.role(r.id)),
]);

const note = `この情報は ${formatJaDate(siteNow)} 時点のものです。`;

describe('the day the information is as of', () => {
  it('reads as the sample build’s day in Japan', () => {
    expect(note).toBe('この情報は 2026年11月23日（月） 時点のものです。');
  });

  it.each(pagePaths)('is said on %s exactly when the page shows event states', async (path) => {
    const page = await readPage(path);
    const said = [...page.querySelectorAll('.as-of')];
    if (!showsEventStates.has(path)) {
      expect(said).toEqual([]);
      return;
    }
    expect(said.map(textOf)).toEqual([note]);
    expect(said[0]!.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-23');
  });
});
