/**
 * What can go wrong talking to the forum, each said once in plain Japanese for staff. Every text that came from
 * outside (a server's body, a network error) passes through `scrub` first, so the API key cannot leak through
 * an error even if a server or proxy echoes the request back.
 */

export type ForumErrorKind =
  /** 403 on the first request: wrong key or user. */
  | 'credentials'
  /** Nothing answered at DISCOURSE_URL. */
  | 'unreachable'
  /** The forum refused the request (4xx). */
  | 'refused'
  /** Still failing after the bounded retries (5xx, network, 429). */
  | 'gave-up'
  /** A write failed in a way that leaves open whether the forum applied it. */
  | 'ambiguous';

export class ForumError extends Error {
  readonly kind: ForumErrorKind;
  readonly status: number | null;
  /** Discourse's own `errors` messages, scrubbed. */
  readonly serverErrors: string[];
  constructor(
    kind: ForumErrorKind,
    message: string,
    options: { status?: number | null; serverErrors?: string[] } = {},
  ) {
    super(message);
    this.name = 'ForumError';
    this.kind = kind;
    this.status = options.status ?? null;
    this.serverErrors = options.serverErrors ?? [];
  }
}

/** Replaces every occurrence of each secret with a mask. */
export function scrub(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length > 0) result = result.split(secret).join('[伏せ字]');
  }
  return result;
}

/** The message of an error and of each of its causes, scrubbed, on one line. */
export function describeCause(error: unknown, secrets: readonly string[]): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if (current instanceof Error) {
      const code = 'code' in current ? current.code : undefined;
      parts.push(typeof code === 'string' ? `${current.message} (${code})` : current.message);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return scrub(parts.join(': '), secrets);
}
