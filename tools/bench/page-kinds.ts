/**
 * Groups built pages by the template that made them: /rooms/mpa/ and /rooms/scleroderma/ are both /rooms/∗/.
 * A path segment that is the slug of any content entry, or a number (a page of a list), stands for "one page per
 * entry".
 */

export function pageKind(path: string, slugs: ReadonlySet<string>): string {
  return path
    .split('/')
    .map((segment) => (slugs.has(segment) || /^\d+$/.test(segment) ? '*' : segment))
    .join('/');
}

/** How many pages each kind has, largest first. */
export function countByKind(paths: readonly string[], slugs: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const kind = pageKind(path, slugs);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
