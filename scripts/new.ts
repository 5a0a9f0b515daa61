// `npm run new -- room|event|condition|programme <file-name>`: writes a new content file to edit.
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../src/checker/location.ts';
import { siteNow } from '../src/lib/clock.ts';
import { readCommandLine } from '../src/lib/command-line.ts';
import { scaffoldKinds, type ScaffoldKind } from '../src/scaffold/templates.ts';
import { writeNewEntry } from '../src/scaffold/new-entry.ts';

const usage = `使い方: npm run new -- room|event|condition|programme <ファイル名>
  新しいファイルを content/ に作ります。項目ごとに説明が付いているので、書きかえてから npm run check で確かめてください。
  例: npm run new -- event scleroderma-online-2027-01
  --help  この説明を表示します。`;

const args = process.argv.slice(2);
await readCommandLine({ args, options: {}, allowPositionals: true }, usage, 'ja');

const [kind, slug, ...extra] = args;
const isKind = (value: string | undefined): value is ScaffoldKind => scaffoldKinds.some((known) => known === value);

if (!isKind(kind) || slug === undefined || extra.length > 0) {
  const what =
    kind === undefined || slug === undefined
      ? '作るものの種類と、ファイル名を書いてください。'
      : isKind(kind)
        ? 'ファイル名は 1 つだけ書いてください。'
        : `「${kind}」は作れません。room、event、condition、programme のどれかを書いてください。`;
  process.stderr.write(`${what}\n\n${usage}\n`);
  process.exit(2);
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const result = await writeNewEntry(kind, slug, contentRoot(projectRoot), projectRoot, siteNow());
if (result.ok) {
  console.log(`${result.file} を作りました。中の説明を読みながら書きかえて、npm run check で確かめてください。`);
} else {
  console.error(result.message);
  process.exitCode = 1;
}
