// Runs before `npm test`: the browser suite needs a system Chromium and must never skip silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, howToGetChromium } from '../tools/browser/find-chromium.ts';

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
