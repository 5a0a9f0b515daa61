// `npm run check`: checks every content file and prints `file:line field — message` for each problem.
// Exits 1 when there is an error; warnings alone pass.
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/checker/check.ts';
import { contentRoot } from '../src/checker/location.ts';
import { formatReport } from '../src/checker/report.ts';
import { siteNow } from '../src/lib/clock.ts';
import { readCommandLine } from '../src/lib/command-line.ts';

const usage = `使い方: npm run check
  content/ のすべてのファイルを確かめ、問題を「ファイル:行 項目 — 内容」の形で一度に表示します。
  エラーがあれば終了コード 1、警告だけなら 0 で終わります。
  --help  この説明を表示します。`;

await readCommandLine({ args: process.argv.slice(2), options: {} }, usage, 'ja');

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const result = await checkContent(contentRoot(projectRoot), siteNow(), projectRoot);
const report = formatReport(result.problems, result.fileCount);
for (const line of report.lines) console.log(line);
if (report.lines.length > 0) console.log('');
console.log(report.summary);
process.exitCode = result.ok ? 0 : 1;
