/** Small Markdown pieces the forum posts share. */

export function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

export function numberedList(items: readonly string[]): string {
  return items.map((item, index) => `${index + 1}. ${item}`).join('\n');
}

export function link(text: string, url: string): string {
  return `[${text.replace(/[[\]]/g, '')}](${url})`;
}

/** A section with a level-2 heading; empty bodies drop the whole section. */
export function section(heading: string, body: string): string {
  return body.trim() === '' ? '' : `## ${heading}\n\n${body.trim()}`;
}

/** Joins blocks with blank lines, skipping empty ones. */
export function blocks(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('\n\n');
}

/**
 * An entry's MDX body as plain Markdown for the forum: module lines and `{/* … *\/}` comments are MDX-only and
 * would show as text on Discourse. Backslash escapes (`\<`, `\{`) mean the same in both, so they stay.
 */
export function mdxBodyAsMarkdown(body: string): string {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split('\n')
    .filter((line) => !/^(import|export)\s/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The closing line of every managed post: tells members and moderators where the text comes from. */
export function generatedNote(siteName: string): string {
  return `<small>この投稿は「${siteName}」のサイトの内容から自動で作られています。直したいところがあれば、運営スタッフにお知らせください。</small>`;
}
