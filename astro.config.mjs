// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentRoot, siteSettingsFile } from './src/content/location.ts';

// The public URL lives in the staff's site settings, so canonical links and share URLs follow it.
const siteUrl = parse(readFileSync(join(contentRoot(), siteSettingsFile), 'utf8'))?.url;

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  integrations: [mdx()],
});
