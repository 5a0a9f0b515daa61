import { mdxToJs } from 'satteri';

/** A mistake in an MDX body, at a line counted from the body's first line. */
export interface BodyMistake {
  line: number;
  message: string;
}

/**
 * Compiles an MDX body with the compiler Astro's MDX integration uses, so a body that would break the build is
 * reported as a content problem with its line instead.
 */
export async function checkMdxBody(body: string): Promise<BodyMistake[]> {
  try {
    await mdxToJs(body);
    return [];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+):\s*/.exec(detail);
    // The compiler's first clause names the mistake; the rest (its advice and rule id) repeats our hint in English.
    const short = detail
      .replace(/^\d+:\d+:\s*/, '')
      .split(/, expected | \((?:note|mdx-)/)[0]
      ?.trim();
    return [
      {
        line: position ? Number(position[1]) : 1,
        message: `本文（MDX）の書き方に誤りがあります。${hintFor(detail)}（詳しく: ${short}）`,
      },
    ];
  }
}

function hintFor(detail: string): string {
  if (/comment/i.test(detail)) return 'HTML のコメント「<!-- -->」は使えません。消すか「{/* … */}」にしてください。';
  if (/closing tag/i.test(detail))
    return '開いたタグ（<b> など）が閉じていません。「</b>」のように閉じるか、タグを消してください。';
  if (/expression|brace/i.test(detail)) {
    return '「{」と「}」の対がそろっていません。文字として「{」を書きたいときは「\\{」と書いてください。';
  }
  return '文字として「<」や「{」を書きたいときは「\\<」「\\{」と書いてください。';
}
