import { accessSync, constants } from 'node:fs';

/**
 * Browser tests, the benchmark's Lighthouse run and screenshots drive a Chromium installed on the machine:
 * npm packages that download their own browser cannot reach their download hosts here.
 */
const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The Chromium to use: $CHROME_PATH, else the first one installed in a usual place. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.CHROME_PATH ? [env.CHROME_PATH] : candidates;
  return chosen.find(isExecutable);
}

/** Flags that keep a headless Chromium quiet on a machine without internet (and runnable as root). */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const howToGetChromium =
  'Chromium が見つかりません。Debian/Ubuntu では `sudo apt-get install chromium`、macOS では Google Chrome を入れるか、' +
  'CHROME_PATH にブラウザの実行ファイルの場所を設定してください。';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
