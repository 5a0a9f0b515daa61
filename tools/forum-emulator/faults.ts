/**
 * Seeded fault injection: each request draws exactly three numbers from a PRNG, so for a given seed and
 * the same order of requests the same faults happen. "after" variants apply the write and then lose the
 * answer — the case that makes naive clients create duplicates.
 */
export interface FaultConfig {
  seed: number;
  error500: number;
  rate429: number;
  drop: number;
  slow: number;
  /** Delay of a slow answer, in real milliseconds (latency is a network property, not emulated time). */
  slowMs: number;
}

type FaultKind =
  'none' | 'error500-before' | 'error500-after' | 'rate429-json' | 'rate429-text' | 'drop-before' | 'drop-after';

interface FaultDecision {
  kind: FaultKind;
  slowMs: number;
  /** Emulated seconds announced by an injected 429. */
  waitSeconds: number;
}

export const noFaults: FaultConfig = { seed: 1, error500: 0, rate429: 0, drop: 0, slow: 0, slowMs: 300 };

const keys = ['seed', 'error500', 'rate429', 'drop', 'slow', 'slowMs'] as const;
type FaultKey = (typeof keys)[number];

/** Parses "seed=42,error500=0.05,rate429=0.05,drop=0.02,slow=0.05,slowMs=300". */
export function parseFaultSpec(spec: string): FaultConfig {
  const config: FaultConfig = { ...noFaults };
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [rawKey, rawValue] = part.split('=');
    const key = keys.find((k) => k.toLowerCase() === rawKey?.trim().toLowerCase());
    const value = Number(rawValue);
    if (!key || rawValue === undefined || !Number.isFinite(value)) {
      throw new Error(`invalid fault setting "${part}" (expected one of ${keys.join(', ')} = number)`);
    }
    config[key] = value;
  }
  return checkFaultConfig(config);
}

export function checkFaultConfig(config: FaultConfig): FaultConfig {
  const rates: FaultKey[] = ['error500', 'rate429', 'drop', 'slow'];
  for (const key of rates) {
    if (config[key] < 0 || config[key] > 1) throw new Error(`fault rate ${key} must be between 0 and 1`);
  }
  if (config.error500 + config.rate429 + config.drop > 1) {
    throw new Error('error500 + rate429 + drop must not exceed 1');
  }
  if (config.slowMs < 0) throw new Error('slowMs must not be negative');
  return config;
}

/** mulberry32: small, fast and good enough to spread faults evenly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultInjector {
  decide(): FaultDecision;
  configure(config: FaultConfig): void;
  readonly config: FaultConfig;
}

export function createFaultInjector(initial: FaultConfig = noFaults): FaultInjector {
  let config = checkFaultConfig({ ...initial });
  let random = prng(config.seed);
  return {
    get config() {
      return config;
    },
    configure(next: FaultConfig) {
      config = checkFaultConfig({ ...next });
      random = prng(config.seed);
    },
    decide(): FaultDecision {
      const pick = random();
      const slow = random() < config.slow;
      const variant = random();
      const firstHalf = variant < 0.5;
      const waitSeconds = 1 + Math.floor((firstHalf ? variant * 2 : variant * 2 - 1) * 10);
      let kind: FaultKind = 'none';
      if (pick < config.error500) kind = firstHalf ? 'error500-before' : 'error500-after';
      else if (pick < config.error500 + config.rate429) kind = firstHalf ? 'rate429-json' : 'rate429-text';
      else if (pick < config.error500 + config.rate429 + config.drop) kind = firstHalf ? 'drop-before' : 'drop-after';
      return { kind, slowMs: slow ? config.slowMs : 0, waitSeconds };
    },
  };
}
