// Runs before `npm test`: the browser suite needs a system Chromium and must never skip silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readCommandLine } from '../src/lib/command-line.ts';
import { findChromium, howToGetChromium } from '../tools/browser/find-chromium.ts';

const usage = `Usage: node scripts/ensure-browser.ts   (run by npm before \`npm test\`)
  Finds the Chromium the browser tests drive (CHROME_PATH, or the system's). When there is none and this runs
  as root on Debian, installs the chromium package with apt-get; otherwise says how to get one and exits 1.
  --help  show this help`;

await readCommandLine({ args: process.argv.slice(2), options: {} }, usage, 'en');

function installWithApt(): void {
  console.log('Chromium が無いため、Debian のパッケージ chromium を入れます…');
  const quiet = { stdio: 'inherit' as const, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['update', '-qq'], quiet);
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], quiet);
}

const canUseApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!findChromium() && canUseApt) installWithApt();

const chromium = findChromium();
if (!chromium) {
  console.error(howToGetChromium);
  process.exit(1);
}
console.log(`ブラウザのテストには ${chromium} を使います。`);
