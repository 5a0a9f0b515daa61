/**
 * Reads the share meta tags back out of a built page. The pages themselves are the one list of what exists and
 * what each is called; the image step renders from what they say, so a new page gets its image with no other edit.
 */

export interface PageShareMeta {
  title: string;
  description: string;
  siteName: string;
  /** Absolute URL of the page's share image. */
  image: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeHtmlAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

function metaTags(html: string): Map<string, string> {
  const found = new Map<string, string>();
  const headEnd = html.search(/<\/head>/i);
  const head = headEnd === -1 ? html : html.slice(0, headEnd);
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = new Map(
      [...tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map(([, name, double, single]) => [
        name!.toLowerCase(),
        decodeHtmlAttribute(double ?? single ?? ''),
      ]),
    );
    const key = attributes.get('property') ?? attributes.get('name');
    const content = attributes.get('content');
    if (key && content !== undefined && !found.has(key)) found.set(key, content);
  }
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
  };
}
