import type { Page } from 'playwright-core';
import { phraseBoundaries } from '../../src/lib/phrases.ts';

/**
 * What a visitor sees of a page, measured in the browser: where things are on the first screen, where the lines of
 * large text end, and whether labels overlap. The functions passed to `page.evaluate` run in the page.
 */

/** Text as the browser tests enlarge it: the root size doubles and the window keeps its width. */
export async function doubleTheText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.documentElement;
    root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
  });
}

export interface Placed {
  selector: string;
  /** Distance from the top of the page to the element's bottom edge, in CSS px; null when there is none. */
  bottom: number | null;
}

/** Where the bottom of the first visible element of each selector lies, from the top of the page. */
export function bottomsOf(page: Page, selectors: string[]): Promise<Placed[]> {
  return page.evaluate((wanted) => {
    const visible = (element: Element) => element.checkVisibility() && element.getBoundingClientRect().height > 0;
    return wanted.map((selector) => {
      const element = [...document.querySelectorAll(selector)].find(visible);
      return {
        selector,
        bottom: element ? Math.round(element.getBoundingClientRect().bottom + window.scrollY) : null,
      };
    });
  }, selectors);
}

/** One element of large text: its text nodes as the page has them, and where each line after the first begins. */
interface MeasuredText {
  /** How a failure names it: its tag and its text. */
  name: string;
  nodes: string[];
  /** Offsets (into the nodes' text joined) of the first character of each line but the first. */
  lineStarts: number[];
  /** The width of each character on screen, to tell a phrase wider than the whole line. */
  widths: number[];
  /** The width its lines may take. */
  lineWidth: number;
}

/** Runs in the page: the text and line starts of every visible element matching `selector`. */
function measureLines(selector: string): MeasuredText[] {
  const measured: MeasuredText[] = [];
  for (const element of document.querySelectorAll(selector)) {
    if (!element.checkVisibility() || element.closest('.visually-hidden')) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: string[] = [];
    const lineStarts: number[] = [];
    const widths: number[] = [];
    let offset = 0;
    let previous: DOMRect | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      // Readings over kanji sit above the line, not in it.
      if (!parent?.checkVisibility() || parent.closest('.visually-hidden, svg, rt, rp')) continue;
      // A kanji given its reading is part of the word around it, not a boundary of the markup's own.
      const ruby = parent.closest('ruby');
      const before = ruby ? ruby.previousSibling : node.previousSibling;
      const inWord = before?.nodeName === 'RUBY' || (ruby !== null && before?.nodeType === Node.TEXT_NODE);
      if (inWord && nodes.length > 0) nodes[nodes.length - 1] += text;
      else nodes.push(text);
      for (let index = 0; index < text.length; index++) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getClientRects()[0];
        widths.push(rect?.width ?? 0);
        if (rect && rect.width > 0 && !/\s/.test(text[index] ?? '')) {
          if (previous && rect.top >= previous.bottom - previous.height / 2 && rect.left < previous.right) {
            lineStarts.push(offset + index);
          }
          previous = rect;
        }
      }
      offset += text.length;
    }
    const style = getComputedStyle(element);
    const lineWidth = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    measured.push({
      name: `<${element.tagName.toLowerCase()}> ${nodes.join('').trim().slice(0, 40)}`,
      nodes,
      lineStarts,
      widths,
      lineWidth: lineWidth > 0 ? lineWidth : element.getBoundingClientRect().width,
    });
  }
  return measured;
}

/** Where Japanese may end a line on its own: after a comma, a full stop, a middle dot or a closing bracket. */
const endsAWord = /[、。，．・！？」』）】〉》]/;

/**
 * The lines of large text that end inside a phrase. A line may end between two of BudouX's phrases, at a space,
 * after punctuation that ends a word, where one text node of the element ends and another begins (the markup's own
 * boundaries), or inside a phrase that is wider than the whole line and must break somewhere.
 */
export async function breaksInsidePhrases(page: Page, selector: string): Promise<string[]> {
  const measured = await page.evaluate(measureLines, selector);
  const problems: string[] = [];
  for (const { name, nodes, lineStarts, widths, lineWidth } of measured) {
    const text = nodes.join('');
    const allowed = new Set<number>();
    let offset = 0;
    for (const node of nodes) {
      allowed.add(offset);
      for (const boundary of phraseBoundaries(node)) allowed.add(offset + boundary);
      offset += node.length;
    }
    allowed.add(text.length);
    for (const start of lineStarts) {
      const before = text[start - 1] ?? '';
      if (allowed.has(start) || /\s/.test(before) || endsAWord.test(before)) continue;
      // The phrase around the break: from the allowed place before it to the one after it.
      const sorted = [...allowed, ...[...text].flatMap((char, index) => (/\s/.test(char) ? [index, index + 1] : []))];
      const from = Math.max(...sorted.filter((at) => at < start));
      const to = Math.min(...sorted.filter((at) => at > start));
      const width = widths.slice(from, to).reduce((sum, value) => sum + value, 0);
      if (width > lineWidth + 1) continue;
      problems.push(`${name}: a line starts inside 「${text.slice(from, to)}」 at 「${text.slice(start, start + 4)}」`);
    }
  }
  return problems;
}

/**
 * Runs in the page: headings and labels that are cut off by the window's edge or covered, and pairs of them whose
 * line boxes overlap.
 */
export function hiddenOrOverlapping(selector: string): string[] {
  const elements = [...document.querySelectorAll(selector)].filter(
    (element) =>
      element.checkVisibility() && element.getBoundingClientRect().width > 0 && !element.closest('.visually-hidden'),
  );
  const name = (element: Element) =>
    `<${element.tagName.toLowerCase()}> ${(element.textContent ?? '').trim().slice(0, 24)}`;
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  for (const element of elements) {
    const box = element.getBoundingClientRect();
    if (box.left < -1 || box.right > width + 1) problems.push(`${name(element)} runs off the screen`);
    const first = element.getClientRects()[0] ?? box;
    const x = first.left + Math.min(first.width / 2, 8);
    const y = first.top + first.height / 2;
    if (y >= 0 && y <= window.innerHeight) {
      const hit = document.elementFromPoint(x, y);
      if (hit && !element.contains(hit) && !hit.contains(element)) problems.push(`${name(element)} is covered`);
    }
  }
  for (const [index, a] of elements.entries()) {
    for (const b of elements.slice(index + 1)) {
      if (a.contains(b) || b.contains(a)) continue;
      const overlap = [...a.getClientRects()].some((ra) =>
        [...b.getClientRects()].some(
          (rb) =>
            Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 1 &&
            Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 1,
        ),
      );
      if (overlap) problems.push(`${name(a)} overlaps ${name(b)}`);
    }
  }
  return problems;
}
