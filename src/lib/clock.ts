const buildStarted = new Date();

/**
 * The moment the site is built for. Pages that split events into upcoming and past read it from here only, so
 * tests and previews can pin it with HIROBA_NOW (ISO 8601, e.g. 2026-11-23T12:00:00+09:00). Unpinned, every page
 * of one build sees the same moment: when the build started.
 */
export function siteNow(env: NodeJS.ProcessEnv = process.env): Date {
  const pinned = env.HIROBA_NOW;
  if (pinned === undefined || pinned === '') return buildStarted;
  const moment = new Date(pinned);
  if (Number.isNaN(moment.getTime())) {
    throw new Error(`HIROBA_NOW「${pinned}」は日時として読めません。2026-11-23T12:00:00+09:00 の形で書いてください。`);
  }
  return moment;
}
