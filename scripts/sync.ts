/**
 * npm run sync: shows what would change on the forum; `-- --apply` applies it. See docs/forum-sync.md.
 */
import { loadDotEnv } from '../src/forum/command/config.ts';
import { runSync } from '../src/forum/command/cli.ts';

loadDotEnv(process.cwd());
process.exitCode = await runSync(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
