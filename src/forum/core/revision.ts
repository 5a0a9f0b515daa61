import { formatJaDateTime } from '../../lib/japanese-date.ts';

/**
 * Which copy of the content a post was written from, noted in its marker as `rev=<id>@<seconds>`: the git commit
 * (`-dirty` when content/ had changes not yet committed), or where there is no git (a CI tarball) a hash of the
 * content files, `files-<hash>`; and the time of that commit or of the newest content file. Reading it back tells
 * a run from a colleague's older checkout, before it undoes their newer change (./guards.ts).
 */
export interface ContentRevision {
  id: string;
  /** Seconds since 1970. */
  time: number;
}

export const revisionText = (revision: ContentRevision): string => `${revision.id}@${revision.time}`;

export function parseRevision(text: string): ContentRevision | null {
  const match = /^([\w-]+)@(\d+)$/.exec(text);
  return match?.[1] && match[2] ? { id: match[1], time: Number(match[2]) } : null;
}

/** The commit a git revision names, without the mark of uncommitted changes; null for a hash of files. */
export function commitOf(revision: ContentRevision): string | null {
  return revision.id.startsWith('files-') ? null : revision.id.replace(/-dirty$/, '');
}

/** A revision as staff read it: its id and its time in Japan. */
export function describeRevision(text: string): string {
  const revision = parseRevision(text);
  return revision ? `${revision.id}、${formatJaDateTime(new Date(revision.time * 1000))}` : text;
}
