/**
 * A Discourse-compatible server for tests and demos of the forum sync.
 *   npm run forum:emulator -- --port 0 --api-key KEY --api-username admin [--time-scale 60]
 *     [--faults "seed=42,error500=0.05,rate429=0.05,drop=0.02,slow=0.05,slowMs=300"]
 *     [--admin-rate-per-minute 60] [--ip-rate-per-10s 50] [--state state.json]
 *     [--locale ja|en] [--settings '{"calendar_enabled":true}'] [--member-username forum_member]
 *     [--no-default-categories] [--discourse-version 2026.1.0-latest]
 * Prints one line, "Discourse emulator listening on http://127.0.0.1:PORT", once it listens.
 */
import { parseArgs } from 'node:util';
import { startEmulator } from '../tools/forum-emulator/emulator.ts';
import type { Locale } from '../tools/forum-emulator/settings.ts';

function fail(message: string): never {
  console.error(`forum-emulator: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  allowNegative: true,
  options: {
    port: { type: 'string', default: '0' },
    'api-key': { type: 'string' },
    'api-username': { type: 'string' },
    'member-username': { type: 'string' },
    'admin-rate-per-minute': { type: 'string', default: '60' },
    'ip-rate-per-10s': { type: 'string', default: '0' },
    'time-scale': { type: 'string', default: '1' },
    faults: { type: 'string' },
    locale: { type: 'string', default: 'ja' },
    settings: { type: 'string' },
    state: { type: 'string' },
    'default-categories': { type: 'boolean', default: true },
    'discourse-version': { type: 'string' },
  },
});

const number = (name: keyof typeof values): number => {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value < 0) fail(`--${name} must be a non-negative number`);
  return value;
};

const apiKey = values['api-key'] ?? fail('--api-key is required');
const apiUsername = values['api-username'] ?? fail('--api-username is required');
if (values.locale !== 'ja' && values.locale !== 'en') fail('--locale must be ja or en');
let settings: Record<string, unknown> = {};
if (values.settings) {
  try {
    settings = JSON.parse(values.settings) as Record<string, unknown>;
  } catch {
    fail('--settings must be a JSON object');
  }
}

try {
  const emulator = await startEmulator({
    apiKey,
    apiUsername,
    port: number('port'),
    adminRatePerMinute: number('admin-rate-per-minute'),
    ipRatePer10s: number('ip-rate-per-10s'),
    timeScale: number('time-scale'),
    locale: values.locale as Locale,
    settings,
    defaultCategories: values['default-categories'] ?? true,
    ...(values['member-username'] ? { memberUsername: values['member-username'] } : {}),
    ...(values.faults ? { faults: values.faults } : {}),
    ...(values.state ? { statePath: values.state } : {}),
    ...(values['discourse-version'] ? { version: values['discourse-version'] } : {}),
  });
  console.log(`Discourse emulator listening on ${emulator.url}`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
