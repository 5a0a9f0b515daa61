import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../pages/built-site.ts';
import { launchChromium } from '../support/browser.ts';
import { informationPages, loadSampleContent } from '../support/sample-content.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

/**
 * Every information page in a real Chromium, under its own Content-Security-Policy, on a 360 px phone: it must
 * never scroll sideways (also with text at 200 %), every stand-alone link must be a target of at least 44 px, the
 * keyboard focus must show, and axe finds no WCAG 2.2 A/AA violation.
 */

const pages = [...informationPages(await loadSampleContent()), '/404.html'];
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: StaticSite;
let browser: Browser;
let phone: BrowserContext;
let tab: Page;
const consoleProblems: string[] = [];

beforeAll(async () => {
  site = await serveStatic(siteDir);
  browser = await launchChromium();
  phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  tab = await phone.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(`${tab.url()}: ${message.text()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** How far the page reaches past the right edge of the screen, in CSS pixels. */
const sidewaysOverflow = () => tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(pages)('%s on a 360 px phone', (path) => {
  it('fits the screen, with normal text and with text at 200 %', async () => {
    await tab.goto(site.origin + path);
    expect(await sidewaysOverflow()).toBe(0);
    // Text zoom as a browser setting does it: the root size doubles, the screen stays 360 px wide.
    await tab.evaluate(() => {
      const root = document.documentElement;
      root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
    });
    expect(await sidewaysOverflow()).toBe(0);
  });

  it('gives every stand-alone link and button a target of at least 44 px', async () => {
    await tab.goto(site.origin + path);
    const small = await tab.evaluate(() =>
      [...document.querySelectorAll('a[href], button, input')]
        .filter((element) => {
          // A link inside a sentence may be as tall as the text (WCAG 2.5.8 exception for inline targets).
          const parentText = element.parentElement?.textContent?.trim() ?? '';
          const standsAlone = parentText === element.textContent?.trim() || element.matches('.button, nav a');
          const box = element.getBoundingClientRect();
          return standsAlone && box.width > 0 && box.height < 44;
        })
        .map((element) => `${element.outerHTML.slice(0, 80)} (${Math.round(element.getBoundingClientRect().height)} px)`),
    );
    expect(small).toEqual([]);
  });

  it('shows where the keyboard focus is, starting with a skip link to the content', async () => {
    await tab.goto(site.origin + path);
    await tab.keyboard.press('Tab');
    const focused = await tab.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return {
        href: element.getAttribute('href'),
        outline: `${style.outlineStyle} ${parseFloat(style.outlineWidth)}`,
        onScreen: element.getBoundingClientRect().top >= 0,
      };
    });
    expect(focused).toEqual({ href: '#main', outline: 'solid 3', onScreen: true });
  });

  it('has no WCAG 2.2 A or AA violation that axe can find', async () => {
    await tab.goto(site.origin + path);
    await tab.evaluate(axeSource);
    const violations = await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });
});

describe('the browser', () => {
  it('reported no error or warning, such as a resource the Content-Security-Policy blocked', () => {
    expect(consoleProblems).toEqual([]);
  });
});
