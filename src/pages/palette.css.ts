import type { APIRoute } from 'astro';
import { noticeKinds, palette, type Scheme } from '../model/palette.ts';

/**
 * The colour tokens of src/model/palette.ts as CSS custom properties, light by default and dark when the visitor's
 * device asks for it. A file of its own, written from the palette at build time, so the colours the tests check
 * are the colours pages show; src/styles/ uses only the tokens. `.paper-scheme` keeps the light colours for what
 * stands for paper on screen (a flyer's preview), whatever the scheme.
 */
function tokens(scheme: Scheme): string {
  const colors = palette[scheme];
  const declarations: [string, string][] = [
    ['paper', colors.paper],
    ['surface', colors.surface],
    ['line', colors.line],
    ['field', colors.field],
    ['ink', colors.ink],
    ['muted', colors.muted],
    ['link', colors.link],
    ['action', colors.action],
    ['action-ink', colors.actionInk],
    ['focus', colors.focus],
    ['shadow', colors.shadow],
    ...colors.mark.map((color, index): [string, string] => [`mark-${index + 1}`, color]),
    ...noticeKinds.flatMap((kind): [string, string][] => {
      const notice = colors.notices[kind];
      return [
        [`${kind}-surface`, notice.surface],
        [`${kind}-edge`, notice.edge],
        [`${kind}-label`, notice.label],
      ];
    }),
  ];
  return `color-scheme:${scheme};${declarations.map(([name, value]) => `--${name}:${value}`).join(';')}`;
}

export const GET: APIRoute = () => {
  const css = [
    `:root,.paper-scheme{${tokens('light')}}`,
    `@media (prefers-color-scheme:dark){:root{${tokens('dark')}}}`,
    '',
  ].join('\n');
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
