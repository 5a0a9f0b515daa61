// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownOptions } from './src/markdown/options.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { earlyWorkers } from './src/integrations/early-workers.ts';
import { builtPageSteps } from './src/integrations/built-page-steps.ts';
import { roomImages } from './src/integrations/room-images.ts';
import { previousOutput } from './src/integrations/previous-output.ts';
import { isSearchablePage } from './src/search/searchable.ts';

const output = previousOutput();
const rooms = roomImages();

// `site` (the public URL) and `base` (its path, e.g. /hiroba/ for a GitHub Pages project site) come from
// content/site.yaml's url through contentCheck(), once that file has passed the check.
export default defineConfig({
  trailingSlash: 'always',
  // Styles come as a file from this site, so the page's Content-Security-Policy (src/layouts/Base.astro) needs no
  // inline-style hashes and is the same on every page.
  // Several routes in flight: while one waits for its file to be written or its image to be rasterised (resvg works
  // on the thread pool), the next is rendered. Measured on the national bench set (2 cores): warm static routes
  // 46 s → 35 s.
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // Nothing inline either: the search page's script must be a file from this site for its script-src 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: { processor: satteri(markdownOptions) },
  integrations: [
    // First: the workers load their modules while the content check runs on the main thread.
    earlyWorkers(),
    contentCheck(),
    // Right after the check: it takes over the last build's output, which a failed check leaves as it was.
    output,
    mdx(),
    sitemap({ filter: (page) => isSearchablePage(new URL(page).pathname) }),
    // Share images, furigana and the search index, from the pages as they are built, beside the rooms' images being
    // placed: the room-images step after them waits for those.
    builtPageSteps({
      picturesPlaced: rooms.placed,
      picturesDoneBeside: rooms.doneBeside,
      pagesReady: output.pagesReady,
    }),
    rooms,
  ],
});
