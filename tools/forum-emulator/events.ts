import type { PostEvent } from './records-types.ts';

/**
 * The calendar plugin's [event] BBCode (EventParser + EventValidator), parsed from a first post's raw.
 * Error texts follow the plugin's wording as far as it is known; they are approximations.
 */
const eventBlock = /\[event\s+([^\]]*)\]([\s\S]*?)\[\/event\]/g;
const recurrences = ['every_day', 'every_weekday', 'every_week', 'every_two_weeks', 'every_four_weeks', 'every_month'];
const statuses = ['standalone', 'public', 'private'];

function attributes(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of text.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) {
    // camelCase keys become dashed, as the markdown rule does.
    const key = (match[1] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    result[key] = match[2] ?? '';
  }
  return result;
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function zoneOffsetMs(utcMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - utcMs;
}

/** Parses the builder's "YYYY-MM-DD HH:mm" as wall time in `zone`; strings with an offset are absolute. */
function parseEventTime(text: string, zone: string): number | null {
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (local) {
    const [, y, mo, d, h, mi, s] = local.map(Number);
    const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h || 0, mi || 0, s || 0);
    if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== d) return null;
    let utc = wall - zoneOffsetMs(wall, zone);
    utc = wall - zoneOffsetMs(utc, zone);
    return utc;
  }
  const absolute = Date.parse(text);
  return /[zZ]|[+-]\d{2}:?\d{2}$/.test(text.trim()) && !Number.isNaN(absolute) ? absolute : null;
}

export type EventResult = { event: PostEvent | null; errors: string[] };

export function parseEvent(raw: string, isFirstPost: boolean): EventResult {
  const blocks = [...raw.matchAll(eventBlock)];
  if (blocks.length === 0) return { event: null, errors: [] };
  if (!isFirstPost) return { event: null, errors: ['An event can only be created in the first post of a topic.'] };
  if (blocks.length > 1) return { event: null, errors: ['A post can only have one event.'] };
  const options = attributes(blocks[0]?.[1] ?? '');
  const errors: string[] = [];
  const timezone = options['timezone'] ?? 'UTC';
  if (!validTimeZone(timezone)) errors.push(`Invalid timezone: ${timezone}`);
  const zone = validTimeZone(timezone) ? timezone : 'UTC';
  const start = options['start'] ? parseEventTime(options['start'], zone) : null;
  if (start === null) errors.push('An event requires a valid start date.');
  const end = options['end'] ? parseEventTime(options['end'], zone) : null;
  if (options['end'] && end === null) errors.push('The end date of the event is not valid.');
  if (start !== null && end !== null && end < start) errors.push('An event can’t end before it starts.');
  const name = options['name'] ?? null;
  if (name !== null && name !== '' && ([...name].length < 5 || [...name].length > 255)) {
    errors.push('Event name length must be between 5 and 255 characters.');
  }
  const recurrence = options['recurrence'] ?? null;
  if (recurrence !== null && !recurrences.includes(recurrence)) errors.push(`Invalid recurrence: ${recurrence}`);
  const status = options['status'] ?? 'standalone';
  if (!statuses.includes(status)) errors.push(`Invalid status: ${status}`);
  if (errors.length > 0 || start === null) return { event: null, errors };
  return {
    event: {
      name: name || null,
      starts_at: new Date(start).toISOString(),
      ends_at: end === null ? null : new Date(end).toISOString(),
      timezone,
      status,
      url: options['url'] ?? null,
      location: options['location'] ?? null,
      recurrence,
      options,
    },
    errors: [],
  };
}
