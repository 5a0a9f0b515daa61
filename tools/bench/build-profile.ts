import type { LogLine } from './build-timing.ts';
import { pageKind } from './page-kinds.ts';

/**
 * Where a build's time went, read from its log. Astro tags its lines ([content], [vite], [build], and each
 * integration its own name); the time between two lines is charged to the later line's tag, since a line
 * usually reports the end of the work before it. Routes Astro lists with their own cost ("├─ /rooms/mpa/ (+12ms)")
 * are summed by page kind as well.
 */

export interface BuildProfile {
  /** Milliseconds charged to each log tag, in the order the tags first appeared. */
  phases: Record<string, number>;
  /** Rendering time of each kind of route, from Astro's per-route timings. */
  routes: Record<string, { count: number; ms: number }>;
}

const tagPattern = /^(?:\d\d:\d\d:\d\d\s+)?(?:\[(?:WARN|ERROR|INFO)\]\s+)?\[([^\]]+)\]/;
const routePattern = /^(?:\d\d:\d\d:\d\d\s+)?\s*[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/;

export function profileBuild(lines: readonly LogLine[], slugs: ReadonlySet<string>): BuildProfile {
  const phases: Record<string, number> = {};
  const routes: Record<string, { count: number; ms: number }> = {};
  let previousAt = 0;
  let currentTag = 'startup';
  for (const line of lines) {
    const { text } = line;
    const route = routePattern.exec(text);
    if (route) {
      const kind = pageKind(route[1] ?? '', slugs);
      const ms = Number(route[2]) * (route[3] === 's' ? 1000 : 1);
      const entry = (routes[kind] ??= { count: 0, ms: 0 });
      entry.count++;
      entry.ms += ms;
    }
    if (/generating static routes/.test(text)) currentTag = 'static routes';
    else if (!route) {
      const tag = tagPattern.exec(text)?.[1];
      if (tag) currentTag = tag;
    }
    phases[currentTag] = (phases[currentTag] ?? 0) + (line.atMs - previousAt);
    previousAt = line.atMs;
  }
  return { phases, routes };
}
