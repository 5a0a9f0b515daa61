/**
 * The emulator's clock. With a time scale K, one real second is K emulated seconds, so a benchmark can run
 * an hour of rate-limited sync in a minute. Every time the emulator reports (timestamps, wait_seconds,
 * Retry-After, grace periods, memo lifetimes) is emulated time.
 */
export interface Clock {
  /** Emulated milliseconds since the epoch. */
  now(): number;
  iso(): string;
  /** Jumps emulated time forward (tests use it to pass grace periods without waiting). */
  advance(ms: number): void;
  readonly scale: number;
}

export function createClock(scale = 1): Clock {
  if (!(scale > 0)) throw new Error(`time scale must be a positive number, got ${scale}`);
  const realStart = performance.now();
  const emulatedStart = Date.now();
  let offset = 0;
  const now = (): number => emulatedStart + (performance.now() - realStart) * scale + offset;
  return {
    scale,
    now,
    iso: () => new Date(now()).toISOString(),
    advance(ms: number) {
      if (ms < 0) throw new Error('the clock only moves forward');
      offset += ms;
    },
  };
}
