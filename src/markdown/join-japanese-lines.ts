/**
 * Staff write one Japanese sentence per line. Markdown keeps the line break inside a paragraph as a space, and
 * browsers other than Firefox show it, so 「…です。 次の…」 gets a gap no Japanese text has. This drops a line break
 * that sits between two Japanese characters; breaks next to Latin letters or digits stay spaces. A file saved on
 * Windows ends its lines with \r\n (an old Mac one with \r), which the parser keeps in the text; those become \n
 * first, so such a file renders exactly as the same text saved with \n.
 */

const japanese = String.raw`[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\u3000-\u303F\uFF01-\uFF60]`;
const breakBetweenJapanese = new RegExp(String.raw`(?<=${japanese})[ \t]*\n[ \t]*(?=${japanese})`, 'gu');

export function joinJapaneseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(breakBetweenJapanese, '');
}

interface TextNode {
  value: string;
}

interface EditContext {
  setProperty(node: TextNode, key: 'value', value: string): void;
}

/** The same, as a Markdown (mdast) plugin for Astro's Sätteri processor; MDX bodies go through it too. */
export const joinJapaneseLines = {
  name: 'join-japanese-lines',
  text(node: TextNode, ctx: EditContext): void {
    const joined = joinJapaneseText(node.value);
    if (joined !== node.value) ctx.setProperty(node, 'value', joined);
  },
};
