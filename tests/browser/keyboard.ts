import type { Page } from 'playwright-core';

/** Where the keyboard focus landed after one press of Tab, and what keeps a sighted keyboard user from seeing it. */
export interface FocusStop {
  /** The link's href, else the element's tag and text, to find it in a failure message. */
  name: string;
  href: string | null;
  /** Its place among all elements of the page, which tells two links to the same address apart. */
  position: number;
  /** Empty when the focus ring is drawn, wholly on screen and covered by nothing (WCAG 2.4.7, 2.4.11). */
  problems: string[];
}

/** Enough for the longest page; more presses than this means focus is trapped somewhere. */
const maxPresses = 300;

/**
 * Presses Tab from the top of a freshly opened page until the focus leaves the page or comes back around, and
 * reports every stop on the way.
 */
export async function tabThroughPage(page: Page): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(describeFocus);
    if (!stop || (stops.length > 0 && stop.position === stops[0]!.position)) return stops;
    stops.push(stop);
  }
  throw new Error(`after ${maxPresses} presses of Tab the focus has not left the page: is it trapped?`);
}

/** The stops a sighted keyboard user cannot see, each with what is wrong. */
export function unseenStops(stops: FocusStop[]): string[] {
  return stops.filter((stop) => stop.problems.length > 0).map((stop) => `${stop.name}: ${stop.problems.join(', ')}`);
}

/** Runs in the page. Undefined when nothing in the page has focus (it went to the browser around it). */
function describeFocus(): FocusStop | undefined {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return undefined;
  const problems: string[] = [];
  const style = getComputedStyle(element);
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadowed = style.boxShadow !== 'none';
  if (!element.matches(':focus-visible') || !(outlined || shadowed)) problems.push('no focus ring');

  // The ring is drawn outside the element: all of it must be on screen, not cut off by the window's edge.
  // An outline drawn inside the element (a negative offset larger than its width) needs no room outside it.
  const ring = outlined ? Math.max(0, parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth)) : 0;
  const box = element.getBoundingClientRect();
  const edges = { left: box.left - ring, top: box.top - ring, right: box.right + ring, bottom: box.bottom + ring };
  const { clientWidth, clientHeight } = document.documentElement;
  if (box.width === 0 || box.height === 0) problems.push('has no size');
  else if (edges.left < 0 || edges.top < 0 || edges.right > clientWidth || edges.bottom > clientHeight) {
    const at = Object.entries(edges).map(([edge, value]) => `${edge} ${Math.round(value * 10) / 10}`);
    problems.push(`ring off screen (${at.join(', ')} in ${clientWidth}×${clientHeight})`);
  }

  // A link broken over two lines has a box bigger than its text: probe the middle of its first line.
  const firstLine = element.getClientRects()[0] ?? box;
  const hit = document.elementFromPoint(firstLine.left + firstLine.width / 2, firstLine.top + firstLine.height / 2);
  if (hit && !element.contains(hit))
    problems.push(`covered by <${hit.tagName.toLowerCase()} class="${hit.className}">`);

  const href = element.getAttribute('href');
  const text = (element.textContent ?? '').trim().slice(0, 30);
  return {
    name: href
      ? href.length > 80
        ? `${href.slice(0, 79)}…`
        : href
      : `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> ${text}`,
    href,
    position: [...document.querySelectorAll('*')].indexOf(element),
    problems,
  };
}
