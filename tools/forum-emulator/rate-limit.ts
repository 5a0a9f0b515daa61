import type { Clock } from './clock.ts';

/**
 * Discourse's RateLimiter keeps the timestamps of the last `max` actions; an action is refused while the
 * oldest of them is younger than the window, and the wait is the time until it leaves the window.
 */
export interface SlidingWindow {
  /** Records the action and returns 0, or returns the emulated seconds to wait without recording it. */
  attempt(): number;
  /** Forgets every recorded action (a fresh forum's limiter has none). */
  clear(): void;
}

export function createSlidingWindow(clock: Clock, max: number, windowSeconds: number): SlidingWindow {
  const stamps: number[] = [];
  return {
    attempt() {
      const now = clock.now();
      const windowMs = windowSeconds * 1000;
      while (stamps.length > 0 && now - (stamps[0] ?? now) >= windowMs) stamps.shift();
      if (stamps.length >= max) {
        const oldest = stamps[0] ?? now;
        return Math.max(1, Math.ceil((windowMs - (now - oldest)) / 1000));
      }
      stamps.push(now);
      return 0;
    },
    clear() {
      stamps.length = 0;
    },
  };
}

/** One sliding window per key (per client IP for the middleware limit). */
export interface KeyedWindows {
  attempt(key: string): number;
  clear(): void;
}

export function createKeyedWindows(clock: Clock, max: number, windowSeconds: number): KeyedWindows {
  const windows = new Map<string, SlidingWindow>();
  return {
    attempt(key) {
      let window = windows.get(key);
      if (!window) {
        window = createSlidingWindow(clock, max, windowSeconds);
        windows.set(key, window);
      }
      return window.attempt();
    },
    clear: () => windows.clear(),
  };
}
