import { describe, expect, it } from 'vitest';
import { apiFor, startForumForTest, topicBody, type ApiCall } from './forum-client.ts';

type Outcome = number | 'dropped';

async function outcome(api: ApiCall, method: string, path: string, body?: unknown): Promise<Outcome> {
  try {
    return (await api(method, path, body)).status;
  } catch {
    return 'dropped';
  }
}

describe('fault injection', () => {
  it('repeats the same faults for the same seed and the same requests', async () => {
    const spec = 'seed=42,error500=0.15,rate429=0.15,drop=0.1,slow=0.1,slowMs=5';
    const runs: Outcome[][] = [];
    for (let run = 0; run < 2; run += 1) {
      const { api } = await startForumForTest({ faults: spec });
      const seen: Outcome[] = [];
      for (let i = 0; i < 40; i += 1) seen.push(await outcome(api, 'GET', '/site.json'));
      runs.push(seen);
    }
    expect(runs[0]).toEqual(runs[1]);
    expect(new Set(runs[0])).toEqual(new Set([200, 500, 429, 'dropped']));
  });

  it('sometimes applies a write and then loses the answer, which is how duplicates start', async () => {
    const { emulator, api } = await startForumForTest({ faults: 'seed=7,drop=1' });
    const before = emulator.state.topics.size;
    for (let i = 0; i < 8; i += 1) expect(await outcome(api, 'POST', '/posts.json', topicBody())).toBe('dropped');
    const appliedWrites = emulator.counts.faults['drop-after'] ?? 0;
    expect(appliedWrites).toBeGreaterThan(0);
    expect(appliedWrites).toBeLessThan(8);
    expect(emulator.state.topics.size - before).toBe(appliedWrites);
  });

  it('gives both 429 forms and never faults the emulator control endpoints', async () => {
    const { emulator, api } = await startForumForTest({ faults: 'seed=3,rate429=1' });
    const forms = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      const answer = await api('GET', '/site.json');
      expect(answer.status).toBe(429);
      expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
      forms.add(answer.json ? answer.json.error_type : 'text');
    }
    expect(forms).toEqual(new Set(['rate_limit', 'text']));
    const state = await apiFor(emulator.url)('GET', '/__emulator/state');
    expect(state.status).toBe(200);
    const cleared = await api('PUT', '/__emulator/faults', { spec: 'seed=1' });
    expect(cleared.json.rate429).toBe(0);
    expect((await api('GET', '/site.json')).status).toBe(200);
  });
});
