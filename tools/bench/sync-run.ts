import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers/promises';
import { startEmulator, type RunningEmulator } from '../forum-emulator/emulator.ts';
import { withChangedEvents } from './change-events.ts';
import type { GeneratedContent } from './generate-content.ts';
import type { SyncRun, SyncSection } from './results.ts';
import { writeEntries } from './write-content.ts';

/**
 * The forum sync against the local Discourse-compatible server, under Discourse's default admin limit of 60
 * requests a minute. Both sides run on a scaled clock (one real second = `timeScale` forum seconds), so an hour
 * of paced requests takes three minutes at 20×. Three applies, a forum minute apart: the first onto an empty forum,
 * one with nothing to change, and one after ten events changed.
 */

/** Discourse's default max_admin_api_reqs_per_minute, shared by every admin key. */
const limitPerMinute = 60;
/**
 * Forum seconds per real second, unless the bench is told otherwise. The scale also stretches the sync's own
 * work: a request that takes 15 ms of real time (round trip, emulator, the sync's processing, on a busy machine)
 * takes 0.9 forum seconds at 60×, nearly the 1 s a request may take under the limit, so a sequential client
 * turns latency-bound and the figure overstates the wall time (measured: 1.03–1.12× of the floor at 60×, 1.02× at
 * 20×, 1.01× at 10× on the small set). At 20× a request stays near 0.3 forum seconds, about a real network round
 * trip to a hosted forum.
 */
export const defaultSyncTimeScale = 20;
const apiUsername = 'hiroba_bench';
const changedEventCount = 10;

export interface SyncInputs {
  projectRoot: string;
  timeScale: number;
  contentDir: string;
  generated: GeneratedContent;
  now: Date;
  logDir: string;
  say: (message: string) => void;
}

export async function measureSync(inputs: SyncInputs): Promise<SyncSection> {
  const { projectRoot, timeScale, contentDir, generated, now, logDir, say } = inputs;
  // A throwaway key for the throwaway forum; it never leaves this process and its child.
  const apiKey = randomBytes(24).toString('hex');
  const emulator = await startEmulator({
    apiKey,
    apiUsername,
    port: 0,
    adminRatePerMinute: limitPerMinute,
    timeScale,
    settings: { calendar_enabled: true, discourse_post_event_enabled: true },
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DISCOURSE_URL: emulator.url,
    DISCOURSE_API_KEY: apiKey,
    DISCOURSE_API_USERNAME: apiUsername,
    DISCOURSE_REQUESTS_PER_MINUTE: String(limitPerMinute),
    HIROBA_SYNC_TIME_SCALE: String(timeScale),
    HIROBA_CONTENT_DIR: contentDir,
    HIROBA_NOW: now.toISOString(),
  };
  const apply = async (name: string, logName: string) => {
    // Staff run the sync minutes apart: each apply starts with the admin bucket empty, as after a pause of a minute.
    await setTimeout((61 * 1000) / timeScale);
    say(`sync: ${name} apply…`);
    const run = await timedApply(
      projectRoot,
      contentDir,
      env,
      emulator,
      timeScale,
      join(logDir, `sync-${logName}.log`),
    );
    say(
      `  ${run.writes} writes, ${run.reads} reads, ${run.emulatedSeconds.toFixed(0)} s forum time (${run.realSeconds.toFixed(1)} s real)`,
    );
    return run;
  };
  // The runs build on each other; when one fails, the ones before it are still worth reporting.
  const section: SyncSection = { limitPerMinute, timeScale, rooms: generated.rooms.length };
  try {
    section.first = await apply('first', 'first');
    section.noop = await apply('no-op', 'no-op');
    const { content: changedContent, changed } = withChangedEvents(generated, changedEventCount, now);
    await writeEntries(
      contentDir,
      'events',
      changedContent.events.filter((event) => changed.includes(event.slug)),
    );
    section.change = { ...(await apply('ten-event change', 'change')), changedEvents: changed };
  } catch (error) {
    section.error = error instanceof Error ? error.message : String(error);
  } finally {
    await emulator.close();
  }
  return section;
}

/** What `npm run sync -- --apply --json` prints (the fields the bench reads). */
interface SyncReport {
  writes: number;
  reads: number;
  /** Real seconds from when the content had been read to the end: the forum work, without start-up. */
  seconds: number;
  counts?: Record<string, number>;
  failed?: number;
  /** Set when the sync stopped before finishing. */
  error?: string;
  items?: { key: string; outcome: string; error?: string }[];
}

async function timedApply(
  projectRoot: string,
  workDir: string,
  env: NodeJS.ProcessEnv,
  emulator: RunningEmulator,
  timeScale: number,
  logFile: string,
): Promise<SyncRun> {
  const before = structuredClone(emulator.counts);
  const started = performance.now();
  // The sync runs from the content folder, so no .env in the project can point it at a real forum.
  const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'sync.ts'), '--apply', '--json'], {
    cwd: workDir,
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const realSeconds = (performance.now() - started) / 1000;
  await mkdir(join(logFile, '..'), { recursive: true });
  await writeFile(logFile, `exit ${code}\n--- stderr\n${stderr}\n--- stdout\n${stdout}`);

  let report: SyncReport | undefined;
  try {
    report = JSON.parse(stdout) as SyncReport;
  } catch {
    report = undefined;
  }
  if (!report || report.error || typeof report.reads !== 'number' || typeof report.seconds !== 'number') {
    const reason = report?.error ?? stderr.trim().split('\n').slice(-3).join(' ');
    throw new Error(`npm run sync -- --apply --json stopped (exit ${code}, log: ${logFile}): ${reason}`);
  }
  const after = emulator.counts;
  const failures = (report.items ?? []).filter((item) => item.outcome === 'failed');
  return {
    writes: report.writes,
    reads: report.reads,
    served: after.total - before.total,
    rateLimited: after.rateLimited - before.rateLimited,
    byRoute: Object.fromEntries(
      Object.entries(after.byRoute)
        .map(([route, count]) => [route, count - (before.byRoute[route] ?? 0)] as const)
        .filter(([, count]) => count > 0)
        .sort((a, b) => b[1] - a[1]),
    ),
    emulatedSeconds: report.seconds * timeScale,
    realSeconds,
    floorSeconds: (report.writes * 60) / limitPerMinute,
    exitCode: code ?? -1,
    ...(report.counts ? { actions: report.counts } : {}),
    failed: failures.length,
    ...(failures.length > 0
      ? { failures: failures.slice(0, 5).map((item) => `${item.key}: ${item.error ?? ''}`) }
      : {}),
  };
}
