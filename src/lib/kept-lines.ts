import { mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A file of lines a build keeps for the next ones (the QR codes' masks, the pages' phrase breaks), only ever
 * appended to: pages rendered side by side and two builds at once never lose each other's lines. It is opened for
 * appending once, when the first line is kept, not once per line: a cold national build keeps thousands, and opening
 * the file and making its folder for each were 24,000 calls on the thread rendering the pages. A reader passes over
 * a line it cannot read, such as one cut short by a build stopped while writing it.
 */
export interface KeptLines {
  /** The lines kept by earlier builds, the last one perhaps cut short. */
  lines: string[];
  /** Keeps one more line. Without a writable file it is lost, which only costs the next build the time to make it. */
  keep(line: string): void;
}

/** The kept lines of `file`; past `limit` lines it is started afresh, as it only grows. */
export function keptLines(file: string, limit = Infinity): KeptLines {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // No line kept yet.
  }
  const lines = text.split('\n');
  // The text ends with a line break, after which split finds one more, empty line.
  const afresh = lines.length - 1 > limit;
  if (afresh) rmSync(file, { force: true });
  // A line cut short stays apart from the first one kept after it.
  let before = afresh || text === '' || text.endsWith('\n') ? '' : '\n';
  let appending: number | false | undefined;
  return {
    lines: afresh ? [''] : lines,
    keep(line) {
      if (appending === undefined) {
        try {
          mkdirSync(dirname(file), { recursive: true });
          appending = openSync(file, 'a');
        } catch {
          appending = false;
        }
      }
      if (appending === false) return;
      try {
        writeSync(appending, `${before}${line}\n`);
        before = '';
      } catch {
        appending = false;
      }
    },
  };
}
