import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface SyncConfig {
  url: string;
  apiKey: string;
  apiUsername: string;
  /** The forum's shared admin API limit to stay under (DISCOURSE_REQUESTS_PER_MINUTE, default 60). */
  perMinute: number;
  /** Forum seconds per real second (HIROBA_SYNC_TIME_SCALE, default 1): only for the emulator in tests and benchmarks. */
  timeScale: number;
}

/**
 * Loads `.env` from the project folder when there is one (Node's own reader; variables already set win).
 * The file stays where it is: it is the staff's, and holds the key.
 */
export function loadDotEnv(folder: string = process.cwd()): void {
  const file = join(folder, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/** The sync's settings from the environment, or every problem with them said at once. */
export function readConfig(env: NodeJS.ProcessEnv): { config: SyncConfig } | { problems: string[] } {
  const problems: string[] = [];
  const apiKey = env.DISCOURSE_API_KEY?.trim() ?? '';
  const apiUsername = env.DISCOURSE_API_USERNAME?.trim() ?? '';
  const missing = ['DISCOURSE_URL', 'DISCOURSE_API_KEY', 'DISCOURSE_API_USERNAME'].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    problems.push(
      `${missing.join('、')} が設定されていません。プロジェクトのフォルダの .env ファイルか環境変数に書いてください（書き方は docs/forum-sync.md）。`,
    );
  }
  const url = env.DISCOURSE_URL?.trim() ?? '';
  if (url && !isHttpUrl(url))
    problems.push(`DISCOURSE_URL「${url}」は URL として読めません。https://forum.example.jp のように書いてください。`);
  const perMinute = positiveNumber(
    env.DISCOURSE_REQUESTS_PER_MINUTE,
    60,
    'DISCOURSE_REQUESTS_PER_MINUTE',
    problems,
    true,
  );
  const timeScale = positiveNumber(env.HIROBA_SYNC_TIME_SCALE, 1, 'HIROBA_SYNC_TIME_SCALE', problems, false);
  if (problems.length > 0) return { problems };
  return {
    config: {
      url: url.replace(/\/+$/, ''),
      apiKey,
      apiUsername,
      perMinute,
      timeScale,
    },
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

function positiveNumber(
  value: string | undefined,
  fallback: number,
  name: string,
  problems: string[],
  integer: boolean,
): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    problems.push(`${name}「${value}」は使えません。${integer ? '1 以上の整数' : '0 より大きい数'}を書いてください。`);
    return fallback;
  }
  return number;
}
