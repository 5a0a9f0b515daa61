import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { readContentTree } from '../checker/load.ts';
import { slug as slugSchema } from '../schemas/common.ts';
import { scaffold, type ScaffoldKind } from './templates.ts';

/** What `npm run new` made, or why it made nothing, said for staff. */
export type NewEntryResult = { ok: true; file: string } | { ok: false; message: string };

/**
 * Writes a new content file of `kind` named `slug` under the content root, from the existing content (a room
 * points at an existing programme and condition, an event at an open room). Refuses a name that cannot be a URL
 * and a file that already exists: nothing is overwritten.
 */
export async function writeNewEntry(
  kind: ScaffoldKind,
  slug: string,
  root: string,
  projectRoot: string,
  today: Date,
): Promise<NewEntryResult> {
  if (!slugSchema.safeParse(slug).success) {
    const suggestion = slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const example = suggestion && slugSchema.safeParse(suggestion).success ? suggestion : 'scleroderma-online-2027-01';
    return {
      ok: false,
      message:
        `「${slug}」はファイル名（ページの URL）に使えません。半角の小文字英数字とハイフンだけにしてください` +
        `（例: ${example}）。`,
    };
  }
  const tree = await readContentTree(root, projectRoot);
  const { path, text } = scaffold(kind, slug, {
    today,
    programmes: tree.programmes.map((entry) => entry.id),
    conditions: tree.conditions.map((entry) => entry.id),
    roles: tree.roles.toSorted((a, b) => a.data.order - b.data.order).map((entry) => entry.id),
    rooms: tree.rooms
      .filter((room) => room.data.status === 'open')
      .map((room) => ({ id: room.id, programme: room.data.programme, roles: room.data.roles })),
  });
  const target = join(root, path);
  const file = relative(projectRoot, target);
  if (
    await access(target).then(
      () => true,
      () => false,
    )
  ) {
    return { ok: false, message: `${file} はもうあります。上書きしないので、別のファイル名を付けてください。` };
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text, { flag: 'wx' });
  return { ok: true, file };
}
