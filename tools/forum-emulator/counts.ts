/** What tests and the benchmark count: requests by method, endpoint and status, applied writes and faults. */
export interface RequestCounts {
  total: number;
  byMethod: Record<string, number>;
  byRoute: Record<string, number>;
  byStatus: Record<string, number>;
  /** Successful state-changing requests (a memoized duplicate POST counts too: it reached the server). */
  writesApplied: number;
  /** Answers refused by the admin per-minute bucket or the per-IP limit (injected 429s are in faults). */
  rateLimited: number;
  faults: Record<string, number>;
}

export const emptyCounts = (): RequestCounts => ({
  total: 0,
  byMethod: {},
  byRoute: {},
  byStatus: {},
  writesApplied: 0,
  rateLimited: 0,
  faults: {},
});

export const bump = (table: Record<string, number>, key: string): void => {
  table[key] = (table[key] ?? 0) + 1;
};
