import { Parser } from 'htmlparser2';
import { cardFactsFrom, type ShareCardFacts } from './share-card.ts';

/**
 * Reads the share meta tags back out of a built page. The pages themselves are the one list of what exists and
 * what each is called; the image step renders from what they say, so a new page gets its image with no other edit.
 * An HTML parser reads them, not a pattern: Astro leaves `>` and `'` as they are inside attribute values, so a
 * title such as 「歩く > 走る」 is still one attribute.
 */

export interface PageShareMeta extends ShareCardFacts {
  title: string;
  description: string;
  siteName: string;
  /** Absolute URL of the page's share image. */
  image: string;
}

/**
 * The content of each `<meta property|name=… content=…>` in the page's head, the first one of each name winning.
 * The parser stops where the head ends: the body, most of a page, holds no meta to read.
 */
function metaTags(html: string): Map<string, string> {
  const found = new Map<string, string>();
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'body') return parser.pause();
      if (name !== 'meta') return;
      const key = attributes.property ?? attributes.name;
      const content = attributes.content;
      if (key && content !== undefined && !found.has(key)) found.set(key, content);
    },
    onclosetag(name) {
      if (name === 'head') parser.pause();
    },
  });
  parser.end(html);
  return found;
}

/** The page's share meta, or undefined for a page without an og:image (e.g. a redirect). */
export function readShareMeta(html: string): PageShareMeta | undefined {
  const meta = metaTags(html);
  const image = meta.get('og:image');
  if (!image) return undefined;
  return {
    title: meta.get('og:title') ?? '',
    description: meta.get('og:description') ?? '',
    siteName: meta.get('og:site_name') ?? '',
    image,
    ...cardFactsFrom(meta),
  };
}
