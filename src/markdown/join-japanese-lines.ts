import { defineMdastPlugin } from 'satteri';

/**
 * Staff write one Japanese sentence per line. Markdown keeps the line break inside a paragraph as a space, and
 * browsers other than Firefox show it, so 「…です。 次の…」 gets a gap no Japanese text has. This drops a line break
 * that sits between two Japanese characters; breaks next to Latin letters or digits stay spaces. A file saved on
 * Windows ends its lines with \r\n (an old Mac one with \r), which the parser keeps in the text; those become \n
 * first, so such a file renders exactly as the same text saved with \n.
 */

const japanese = String.raw`[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\u3000-\u303F\uFF01-\uFF60]`;
const breakBetweenJapanese = new RegExp(String.raw`(?<=${japanese})[ \t]*\n[ \t]*(?=${japanese})`, 'gu');
const startsJapanese = new RegExp(`^${japanese}`, 'u');
const endsJapanese = new RegExp(`${japanese}$`, 'u');
const leadingBreak = /^[ \t]*\n[ \t]*/;
const trailingBreak = /[ \t]*\n[ \t]*$/;

export function joinJapaneseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(breakBetweenJapanese, '');
}

/**
 * The same, as a Markdown (mdast) plugin for Astro's Sätteri processor; MDX bodies go through it too. A line may
 * also end or begin at a link, an emphasis or a footnote mark (…です。[^1] / 次の文…), so the text of the nodes
 * beside a text node counts as well; a footnote mark belongs to the sentence before it and is looked past.
 */
export const joinJapaneseLines = defineMdastPlugin({
  name: 'join-japanese-lines',
  text(node, ctx) {
    const siblings = ctx.parent(node)?.children ?? [];
    const index = ctx.indexOf(node) ?? -1;
    const beside = (step: -1 | 1): string => {
      for (let at = index + step; at >= 0 && at < siblings.length; at += step) {
        const sibling = siblings[at];
        if (sibling && sibling.type !== 'footnoteReference') return ctx.textContent(sibling);
      }
      return '';
    };
    let joined = joinJapaneseText(node.value);
    const leading = leadingBreak.exec(joined);
    if (leading && endsJapanese.test(beside(-1)) && startsJapanese.test(joined.slice(leading[0].length)))
      joined = joined.slice(leading[0].length);
    const trailing = trailingBreak.exec(joined);
    if (trailing && endsJapanese.test(joined.slice(0, trailing.index)) && startsJapanese.test(beside(1)))
      joined = joined.slice(0, trailing.index);
    if (joined !== node.value) ctx.setProperty(node, 'value', joined);
  },
});
