import { serverErrors, type ForumResponse } from './client.ts';
import { ForumError } from './errors.ts';

/** The body of a 2xx answer; anything else becomes a ForumError carrying Discourse's own messages. */
export function expectJson<T>(response: ForumResponse, what: string): T {
  if (response.status >= 200 && response.status < 300 && typeof response.body === 'object' && response.body !== null) return response.body as T;
  throw unexpected(response, what);
}

export function unexpected(response: ForumResponse, what: string): ForumError {
  const errors = serverErrors(response);
  const errorType = (response.body as { error_type?: unknown } | null)?.error_type;
  const badCredentials = errorType === 'not_logged_in' || errors.some((message) => /API username or key is invalid/i.test(message));
  if (response.status === 403 && badCredentials) {
    return new ForumError(
      'credentials',
      'フォーラムに入れませんでした（403）。DISCOURSE_API_KEY と DISCOURSE_API_USERNAME が正しいか、キーが「すべてのユーザー・全権限（Global）」で作られているかを確かめてください。',
      { status: 403, serverErrors: errors },
    );
  }
  const reason = errors.length ? errors.join(' / ') : `HTTP ${response.status}`;
  return new ForumError('refused', `フォーラムが受け付けませんでした（${what}: ${reason}）。`, { status: response.status, serverErrors: errors });
}
