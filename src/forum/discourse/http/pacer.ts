import pThrottle from 'p-throttle';

/**
 * Keeps requests under the forum's admin API limit (60 a minute by default, shared by every admin key).
 * Discourse counts requests in a sliding window, so this uses p-throttle's strict (sliding) mode: a fixed
 * window would let two bursts straddle its edge and draw a 429.
 */
export interface Pacer {
  /** Runs `task` as soon as the limit allows. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Waits emulation-aware: `seconds` of forum time. */
  sleep(seconds: number): Promise<void>;
  readonly perMinute: number;
  /** Forum seconds per real second; matches the emulator's --time-scale in tests and benchmarks. */
  readonly timeScale: number;
}

// The forum counts a request when it arrives, the pacer when it leaves: a second of slack per window absorbs the
// difference in network delay between two requests.
const windowMs = 61_000;

export function createPacer({ perMinute, timeScale }: { perMinute: number; timeScale: number }): Pacer {
  const throttle = pThrottle({ limit: perMinute, interval: windowMs / timeScale, strict: true });
  const throttled = throttle(<T>(task: () => Promise<T>) => task());
  return {
    perMinute,
    timeScale,
    run: (task) => throttled(task),
    sleep: (seconds) => new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / timeScale)),
  };
}
