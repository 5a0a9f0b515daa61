/**
 * Discourse's error answers, byte for byte where the facts sheet gives them
 * (lib/json_error.rb, application_controller.rb rescue_from blocks, middleware/request_tracker.rb).
 */
export interface Reply {
  status: number;
  /** An object is sent as JSON, a string as-is with `contentType`, null as an empty body. */
  body: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export class ApiError extends Error {
  readonly reply: Reply;
  constructor(reply: Reply) {
    super(`HTTP ${reply.status}`);
    this.reply = reply;
  }
}

const fail = (status: number, body: unknown, headers?: Record<string, string>): ApiError =>
  new ApiError(headers ? { status, body, headers } : { status, body });

export const notFound = (extras?: Record<string, unknown>): ApiError =>
  fail(404, {
    errors: ['The requested URL or resource could not be found.'],
    error_type: 'not_found',
    ...(extras ? { extras } : {}),
  });

/** topics#show adds the rendered not-found page to its 404. */
export const topicNotFound = (): ApiError =>
  notFound({
    html: '<div class="page-not-found"><h1 class="title">Oops! That page doesn’t exist or is private.</h1></div>',
    group: null,
  });

export const invalidAccess = (): ApiError =>
  fail(403, { errors: ['You are not permitted to view the requested resource.'], error_type: 'invalid_access' });

export const invalidCredentials = (): ApiError =>
  fail(403, {
    errors: ['You are not permitted to view the requested resource. The API username or key is invalid.'],
    error_type: 'invalid_access',
  });

export const notLoggedIn = (): ApiError =>
  fail(403, { errors: ['You need to be logged in to do that.'], error_type: 'not_logged_in' });

/** Discourse::InvalidParameters. */
export const invalidParameters = (what: string): ApiError =>
  fail(400, {
    errors: [`You supplied invalid parameters to the request: ${what}`],
    error_type: 'invalid_parameters',
  });

/** ActionController::ParameterMissing (params.require). */
export const parameterMissing = (name: string): ApiError =>
  fail(400, { errors: [`param is missing or the value is empty: ${name}`] });

/** render_json_error(record): the record's full messages, no error_type. */
export const recordErrors = (messages: string[], status = 422): ApiError => fail(status, { errors: messages });

export const editConflict = (): ApiError =>
  fail(409, {
    errors: ['(edit conflict) Someone else has edited this post while you were editing it.'],
  });

/** An unhandled exception (Rails' 500 page); the body carries no reason, as on a production server. */
export const serverError = (): ApiError =>
  new ApiError({
    status: 500,
    contentType: 'text/html; charset=utf-8',
    body:
      '<!DOCTYPE html><html><head><title>Oops - Error 500</title></head><body><h1>Oops</h1><p>The software ' +
      'powering this discussion forum encountered an unexpected problem. We apologize for the inconvenience.</p></body></html>',
  });

/** RateLimiter::LimitExceeded#time_left: seconds up to a minute, then whole minutes, then whole hours. */
function timeLeft(seconds: number): string {
  const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (seconds <= 60) return plural(seconds, 'second');
  if (seconds <= 3600) return plural(Math.floor(seconds / 60), 'minute');
  return plural(Math.floor(seconds / 3600), 'hour');
}

/** RateLimiter::LimitExceeded rendered by the controller (the curly ’ is Discourse's). */
export function rateLimited(waitSeconds: number, errorCode = 'admin_api_key_rate_limit'): Reply {
  const left = timeLeft(waitSeconds);
  return {
    status: 429,
    body: {
      errors: [`You’ve performed this action too many times. Please wait ${left} before trying again.`],
      error_type: 'rate_limit',
      extras: { wait_seconds: waitSeconds, time_left: left },
    },
    headers: { 'Retry-After': String(waitSeconds), 'Discourse-Rate-Limit-Error-Code': errorCode },
  };
}

/** The per-IP middleware's answer: plain text, not JSON. */
export function ipRateLimited(waitSeconds: number, errorCode = 'ip_10_secs_limit'): Reply {
  return {
    status: 429,
    contentType: 'text/plain; charset=utf-8',
    body: `Slow down, you're making too many requests.\nPlease retry again in ${waitSeconds} seconds.\nError code: ${errorCode}.\n`,
    headers: { 'Retry-After': String(waitSeconds), 'Discourse-Rate-Limit-Error-Code': errorCode },
  };
}
