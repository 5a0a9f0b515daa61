import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import {
  markBuildStart,
  removeStalePages,
  takeOverOutput,
  unmarkBuildStart,
  type TakenOver,
} from '../lib/previous-output.ts';

/** The step, and when the output holds only this build's pages, for the steps that read them all. */
export type PreviousOutputIntegration = AstroIntegration & {
  /** To be asked once the pages are generated: the last build's pages this one did not write again are gone. */
  pagesReady: () => Promise<unknown>;
};

/**
 * The build writes over the last build's pages rather than have Astro empty its output first, and removes the pages
 * it did not write again (src/lib/previous-output.ts): a page of a room taken down never stays published, nor is it
 * indexed or given a card. It comes right after the content check, so that a build stopped by the check leaves the
 * last build's output as it was. The rest of the last build's output is removed beside Astro's content sync, before
 * anything is written into the output; the steps that read every page wait for `pagesReady`.
 */
export function previousOutput(): PreviousOutputIntegration {
  let taking: Promise<TakenOver | undefined> = Promise.resolve(undefined);
  let removingPages: Promise<number> | undefined;
  const removePages = () => (removingPages ??= taking.then((previous) => (previous ? removeStalePages(previous) : 0)));
  return {
    name: 'hiroba:previous-output',
    // Its failure is the build's, at its end (below); the steps waiting for it go ahead.
    pagesReady: () => removePages().catch(() => undefined),
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        // The mark is written before anything else of the build; the rest goes on beside it.
        const previous = await markBuildStart(fileURLToPath(config.outDir));
        taking = previous ? takeOverOutput(previous) : Promise.resolve(undefined);
        removingPages = undefined;
        // Not left unhandled while the build goes on: it is awaited at the end.
        taking.catch(() => undefined);
      },
      // Before Astro, Vite or the rooms' images write into the output (they start from astro:build:setup on).
      'astro:build:start': async () => {
        await taking.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        const removed = await Promise.all([taking, removePages()])
          .then(async ([previous, pages]) => {
            if (previous) await unmarkBuildStart(previous);
            return pages;
          })
          .catch((error: unknown) => {
            throw new Error(
              `前回のビルドの残りを出力から消せませんでした: ${String(error)}。` +
                'このままでは公開をやめたページが残ります。出力のフォルダ (dist) を消してから、もう一度ビルドしてください。',
              { cause: error },
            );
          });
        if (removed > 0) logger.info(`前回のビルドにあって今回はないページ ${removed} 個を、出力から消しました。`);
      },
    },
  };
}
