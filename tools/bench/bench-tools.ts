import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Lighthouse and chrome-launcher (≈180 MB) serve only the bench, so they have their own package in this folder
 * instead of the project's install. They are installed with `npm ci` from this folder's lockfile on first use, and
 * again whenever the lockfile is newer than the install.
 */

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const lockfile = join(benchDir, 'package-lock.json');
/** The copy of the lockfile npm writes into node_modules when an install finishes. */
const installedLockfile = join(benchDir, 'node_modules', '.package-lock.json');

function installed(): boolean {
  return existsSync(installedLockfile) && statSync(installedLockfile).mtimeMs >= statSync(lockfile).mtimeMs;
}

export function ensureBenchTools(say: (message: string) => void): void {
  if (installed()) return;
  say('installing the bench’s own tools (tools/bench/package.json: Lighthouse, chrome-launcher)…');
  execFileSync('npm', ['ci'], { cwd: benchDir, stdio: ['ignore', 2, 2] });
}
