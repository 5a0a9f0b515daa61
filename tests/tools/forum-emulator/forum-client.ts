import { onTestFinished } from 'vitest';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../tools/forum-emulator/emulator.ts';

const testKey = 'test-api-key-0123456789';
export const adminName = 'hiroba_admin';
export const memberName = 'forum_member';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export type ApiCall = (
  method: string,
  path: string,
  body?: unknown,
  options?: { as?: string | null; key?: string; headers?: Record<string, string>; form?: boolean },
) => Promise<Answer>;

/** A small HTTP client over fetch, sending the Api-Key/Api-Username headers a sync would send. */
export function apiFor(baseUrl: string): ApiCall {
  return async (method, path, body, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.as !== null) {
      headers['Api-Key'] = options.key ?? testKey;
      headers['Api-Username'] = options.as ?? adminName;
    }
    let payload: string | undefined;
    if (body !== undefined) {
      if (options.form) {
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        payload = new URLSearchParams(body as Record<string, string>).toString();
      } else {
        headers['Content-Type'] = 'application/json';
        payload = JSON.stringify(body);
      }
    }
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      redirect: 'manual',
      ...(payload === undefined ? {} : { body: payload }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
}

export async function startForum(
  options: Partial<EmulatorOptions> = {},
): Promise<{ emulator: RunningEmulator; api: ApiCall }> {
  const emulator = await startEmulator({ apiKey: testKey, apiUsername: adminName, adminRatePerMinute: 0, ...options });
  return { emulator, api: apiFor(emulator.url) };
}

/** A forum of its own for one test, closed when that test ends, passed or failed. */
export async function startForumForTest(
  options: Partial<EmulatorOptions> = {},
): Promise<{ emulator: RunningEmulator; api: ApiCall }> {
  const forum = await startForum(options);
  onTestFinished(() => forum.emulator.close());
  return forum;
}

let serial = 0;
/** A valid new-topic body with a unique title (Japanese, as the project's forum is). */
export function topicBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  serial += 1;
  return {
    title: `強皮症の交流会のお知らせ その${serial}`,
    raw: 'オンライン交流会を開きます。どなたでもどうぞ。',
    ...extra,
  };
}
