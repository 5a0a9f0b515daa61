/**
 * `npm run forum:emulator`: a Discourse-compatible server on 127.0.0.1 for tests and demos of the forum sync.
 * Prints one line, "Discourse emulator listening on http://127.0.0.1:PORT", once it listens.
 */
import { readCommandLine } from '../src/lib/command-line.ts';
import { startEmulator } from '../tools/forum-emulator/emulator.ts';
import type { Locale } from '../tools/forum-emulator/settings.ts';

const usage = `Usage: npm run forum:emulator -- --api-key KEY --api-username NAME [options]
  --port N                      port on 127.0.0.1 (default 0: a free one)
  --api-key KEY                 the admin API key requests must carry (required)
  --api-username NAME           the admin user that key belongs to (required)
  --member-username NAME        also create an ordinary member with this name
  --time-scale N                forum seconds per real second (default 1)
  --admin-rate-per-minute N     admin API requests allowed per minute (default 60)
  --ip-rate-per-10s N           requests per 10 s from one address, 0 for no limit (default 0)
  --faults SPEC                 seeded faults, e.g. "seed=42,error500=0.05,rate429=0.05,drop=0.02,slow=0.05,slowMs=300"
  --locale ja|en                language of the forum's own texts (default ja)
  --settings JSON               site settings to change, e.g. '{"calendar_enabled":true}'
  --state FILE                  load the forum from FILE at start, save it there on SIGTERM/SIGINT
  --no-default-categories       start without Discourse's default categories
  --discourse-version VERSION   the version the forum reports, e.g. 2026.1.0-latest
  --help                        show this help`;

function fail(message: string): never {
  console.error(`forum-emulator: ${message}`);
  process.exit(2);
}

function wrongUsage(message: string): never {
  fail(`${message}\n\n${usage}`);
}

const values = await readCommandLine(
  {
    args: process.argv.slice(2),
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
  },
  usage,
  'en',
);

const number = (name: keyof typeof values): number => {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value < 0) wrongUsage(`--${name} must be a non-negative number`);
  return value;
};

const apiKey = values['api-key'] ?? wrongUsage('--api-key is required');
const apiUsername = values['api-username'] ?? wrongUsage('--api-username is required');
const locales: readonly Locale[] = ['ja', 'en'];
const locale = locales.find((known) => known === values.locale) ?? wrongUsage('--locale must be ja or en');
const settings = values.settings === undefined ? {} : parseSettings(values.settings);

function parseSettings(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    wrongUsage('--settings must be a JSON object');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    wrongUsage('--settings must be a JSON object');
  return Object.fromEntries(Object.entries(parsed));
}

try {
  const emulator = await startEmulator({
    apiKey,
    apiUsername,
    port: number('port'),
    adminRatePerMinute: number('admin-rate-per-minute'),
    ipRatePer10s: number('ip-rate-per-10s'),
    timeScale: number('time-scale'),
    locale,
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
