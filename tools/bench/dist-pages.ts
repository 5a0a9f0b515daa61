import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** The HTML file. */
  file: string;
  /** Its site path: dist/rooms/mpa/index.html → /rooms/mpa/ */
  path: string;
}

/** Every HTML page of a build's output, in path order. */
export async function builtPages(distDir: string): Promise<BuiltPage[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { file, path: `/${relative(distDir, file).split(sep).join('/')}`.replace(/index\.html$/, '') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
