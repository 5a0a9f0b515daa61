import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../tools/forum-emulator/emulator.ts';
import { noFaults } from '../../tools/forum-emulator/faults.ts';
import { forumState, makeProject, startForum, sync, syncEnv } from './support/harness.ts';

let forum: RunningEmulator;
let project: Awaited<ReturnType<typeof makeProject>>;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  // A thousand forum seconds per real second: 429 waits and backoffs shrink to milliseconds, the limit stays 60/min.
  forum = await startForum({ timeScale: 1000, adminRatePerMinute: 60 });
  env = syncEnv({ url: forum.url, perMinute: 60, timeScale: 1000 });
  project = await makeProject();
});
afterAll(async () => {
  await forum.close();
  await project.remove();
});

/** What must come out the same whatever went wrong on the way. */
const comparable = (state: ReturnType<typeof forumState>) => ({
  groups: state.groups,
  categories: state.categories,
  topics: state.topics,
  categoryCount: state.categoryCount,
  liveTopicCount: state.liveTopicCount,
});

describe('applying through an unreliable forum', () => {
  it('converges, for each of 50 seeds of injected faults, to the same forum with no duplicate category or topic', async () => {
    forum.reset();
    forum.setFaults(noFaults);
    expect((await sync(project.dir, env, ['--apply'])).code).toBe(0);
    const reference = comparable(forumState(forum));
    expect(reference.liveTopicCount).toBe(4 + 5);

    const injected = { total: 0 };
    for (let seed = 1; seed <= 50; seed++) {
      forum.reset();
      forum.setFaults(`seed=${seed},error500=0.08,rate429=0.08,drop=0.06,slow=0.05,slowMs=5`);
      let runs = 0;
      let code = -1;
      while (code !== 0 && runs < 8) {
        code = (await sync(project.dir, env, ['--apply'])).code;
        runs++;
      }
      injected.total += Object.values(forum.counts.faults).reduce((sum, count) => sum + count, 0);
      forum.setFaults(noFaults);
      const check = await sync(project.dir, env, ['--apply', '--json']);
      const state = forumState(forum);
      expect({ seed, code, writesAfter: check.report.writes }).toEqual({ seed, code: 0, writesAfter: 0 });
      expect(comparable(state), `seed ${seed}`).toEqual(reference);
      expect(new Set(state.categoryPaths).size, `seed ${seed}`).toBe(state.categoryPaths.length);
      expect(new Set(state.titles).size, `seed ${seed}`).toBe(state.titles.length);
    }
    expect(injected.total).toBeGreaterThan(200);
  }, 120_000);
});
