import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, findChromium, howToGetChromium } from '../../tools/browser/find-chromium.ts';

/** The machine's Chromium, headless and offline; a test that needs it fails with how to install it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(howToGetChromium);
  return chromium.launch({ executablePath, args: chromiumFlags });
}
