// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// The public URL lives in the staff's site settings, so canonical links and share URLs follow it.
const site = parse(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8'))?.url;

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx()],
});
