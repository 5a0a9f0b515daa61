import type { z } from 'astro/zod';
import { errorAnswer, serverErrors, type ForumResponse } from './client.ts';
import { ForumError } from './errors.ts';

/** The body of a 2xx answer in the shape the sync reads; anything else becomes a ForumError carrying Discourse's own messages. */
export function expectJson<T>(response: ForumResponse, what: string, shape: z.ZodType<T>): T {
  expectSuccess(response, what);
  const parsed = shape.safeParse(response.body);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const where = issue && issue.path.length > 0 ? ` の ${issue.path.join('.')}` : '';
  const message = `フォーラムの答えを読めませんでした（${what}${where}: ${issue?.message ?? '形が違います'}）。Discourse の版がこの同期の知らない形で答えているようです。`;
  throw new ForumError('refused', message, { status: response.status });
}

/** That the forum answered 2xx with a JSON body; anything else becomes a ForumError carrying Discourse's own messages. */
export function expectSuccess(response: ForumResponse, what: string): void {
  if (response.status < 200 || response.status >= 300 || typeof response.body !== 'object' || response.body === null)
    throw unexpected(response, what);
}

/** A 403 that says the key or user name is wrong (or missing), not that this one thing is forbidden. */
export function isBadCredentials(response: ForumResponse): boolean {
  const errorType = errorAnswer.safeParse(response.body).data?.error_type;
  return (
    response.status === 403 &&
    (errorType === 'not_logged_in' ||
      serverErrors(response).some((message) => /API username or key is invalid/i.test(message)))
  );
}

export function unexpected(response: ForumResponse, what: string): ForumError {
  const errors = serverErrors(response);
  if (isBadCredentials(response)) {
    return new ForumError(
      'credentials',
      'フォーラムに入れませんでした（403）。DISCOURSE_API_KEY と DISCOURSE_API_USERNAME が正しいか、キーが「すべてのユーザー・全権限（Global）」で作られているかを確かめてください。',
      { status: 403, serverErrors: errors },
    );
  }
  const reason = errors.length ? errors.join(' / ') : `HTTP ${response.status}`;
  return new ForumError('refused', `フォーラムが受け付けませんでした（${what}: ${reason}）。`, {
    status: response.status,
    serverErrors: errors,
  });
}
