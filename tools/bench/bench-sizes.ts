/** How much content the benchmark generates. */
export interface ContentSize {
  conditions: number;
  rooms: number;
  events: number;
}

export const benchSizes = {
  /** Japan's designated intractable diseases (341 in 2024), about 2,000 rooms and 500 events. */
  full: { conditions: 341, rooms: 2_000, events: 500 },
  /** A quick smoke run of the whole bench. */
  small: { conditions: 20, rooms: 100, events: 30 },
} as const satisfies Record<string, ContentSize>;

export type BenchSizeName = keyof typeof benchSizes;

export function isBenchSizeName(value: string): value is BenchSizeName {
  return Object.hasOwn(benchSizes, value);
}
