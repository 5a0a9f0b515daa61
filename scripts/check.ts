// `npm run check`: checks every content file and prints `file:line field — message` for each problem, or in GitHub
// Actions each as an annotation on its file and line. Exits 1 when there is an error; warnings alone pass.
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/checker/check.ts';
import { contentRoot, siteSettingsFile } from '../src/checker/location.ts';
import { publishedUrlProblem } from '../src/checker/published-url.ts';
import { formatReport } from '../src/checker/report.ts';
import { siteNow } from '../src/lib/clock.ts';
import { readCommandLine } from '../src/lib/command-line.ts';
import { formatGithubAnnotation, sortProblems } from '../src/lib/problem.ts';

const usage = `使い方: npm run check -- [--format text|github] [--published-url URL]
  content/ のすべてのファイルを確かめ、問題を「ファイル:行 項目 — 内容」の形で一度に表示します。
  エラーがあれば終了コード 1、警告だけなら 0 で終わります。
  --format github      問題を GitHub Actions の注釈（::error file=…,line=…::…）で出力します。
                       GitHub Actions の中（GITHUB_ACTIONS=true）では、指定しなくてもこの形になります。
  --format text        いつもの形で出力します。
  --published-url URL  サイトの本当の公開先です。content/site.yaml の url と違えばエラーにします。
  --help               この説明を表示します。`;

const options = await readCommandLine(
  { args: process.argv.slice(2), options: { format: { type: 'string' }, 'published-url': { type: 'string' } } },
  usage,
  'ja',
);
const format = options.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
const publishedUrl = options['published-url'];
if (format !== 'text' && format !== 'github') {
  console.error(`--format には text か github を書いてください（「${format}」は使えません）。\n\n${usage}`);
  process.exit(2);
}
if (publishedUrl !== undefined && !URL.canParse(publishedUrl)) {
  console.error(
    `--published-url「${publishedUrl}」は URL として読めません。https://example.github.io/hiroba/ のように書いてください。`,
  );
  process.exit(2);
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const root = contentRoot(projectRoot);
const result = await checkContent(root, siteNow(), projectRoot);
const problems = [...result.problems];
if (publishedUrl !== undefined && result.content) {
  const file = relative(projectRoot, join(root, siteSettingsFile));
  const problem = publishedUrlProblem(result.content.site, publishedUrl, { file, lineOf: result.lineOf });
  if (problem) problems.push(problem);
}

const report = formatReport(problems, result.fileCount);
const lines = format === 'github' ? sortProblems(problems).map(formatGithubAnnotation) : report.lines;
for (const line of lines) console.log(line);
if (lines.length > 0) console.log('');
console.log(report.summary);
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
