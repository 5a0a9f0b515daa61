/**
 * A small Markdown cooker: enough to give posts a `cooked` HTML and to find the first paragraph, which is
 * what Discourse copies into category.description when the About topic's first post is edited.
 * It is not Discourse's markdown-it pipeline; block elements other than paragraphs are kept coarse.
 */
const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1<em>$2</em>')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+|\/[^\s)]*)\)/g, '<a href="$2">$1</a>')
    .replace(/\n/g, '<br>\n');
}

function cookBlock(block: string): string {
  const heading = /^(#{1,6})\s+(.*)$/s.exec(block);
  if (heading) {
    const level = heading[1]?.length ?? 1;
    return `<h${level}>${inline(heading[2] ?? '')}</h${level}>`;
  }
  if (/^```/.test(block)) return `<pre><code>${escapeHtml(block.replace(/^```.*\n?|```$/g, ''))}</code></pre>`;
  if (/^[-*] /.test(block)) {
    const items = block.split(/\n(?=[-*] )/).map((item) => `<li>${inline(item.replace(/^[-*] /, ''))}</li>`);
    return `<ul>\n${items.join('\n')}\n</ul>`;
  }
  if (/^\d+\. /.test(block)) {
    const items = block.split(/\n(?=\d+\. )/).map((item) => `<li>${inline(item.replace(/^\d+\. /, ''))}</li>`);
    return `<ol>\n${items.join('\n')}\n</ol>`;
  }
  if (/^> ?/.test(block)) {
    return `<blockquote>\n<p>${inline(block.replace(/^> ?/gm, ''))}</p>\n</blockquote>`;
  }
  if (/^\[event[\s\]]/.test(block)) return `<div class="discourse-post-event" data-raw="${escapeHtml(block)}"></div>`;
  return `<p>${inline(block)}</p>`;
}

export function cook(raw: string): string {
  return raw
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map(cookBlock)
    .join('\n');
}

/** The inner HTML of the first <p> of the cooked post, or null when there is none. */
export function firstParagraph(cooked: string): string | null {
  const match = /<p>([\s\S]*?)<\/p>/.exec(cooked);
  return match ? (match[1] ?? '').replace(/<img[^>]*>/g, '').trim() : null;
}

export function stripHtml(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
