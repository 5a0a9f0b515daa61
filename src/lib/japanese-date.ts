/**
 * Dates as Japanese readers expect them, always in Asia/Tokyo whatever the machine's zone:
 * 2026年12月5日（土）14:00. Content stores ISO 8601 with an offset; this is the one place that turns it into text.
 */

const timeZone = 'Asia/Tokyo';

const partsFormatter = new Intl.DateTimeFormat('ja-JP', {
  timeZone,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface TokyoParts {
  year: string;
  month: string;
  day: string;
  weekday: string;
  hour: string;
  minute: string;
}

/**
 * The same few moments (events' dates, review dates) are written on thousands of pages, and formatting one is
 * costly (national bench set: 0.2 s of the pages' time): each is formatted once per build. Bounded, like the phrases.
 */
const formatted = new Map<number, TokyoParts>();
const formattedLimit = 20_000;

function tokyoParts(moment: string | Date): TokyoParts {
  const time = new Date(moment).getTime();
  const known = formatted.get(time);
  if (known) return known;
  const parts = partsFormatter.formatToParts(time);
  const part = (type: keyof TokyoParts) => parts.find((found) => found.type === type)?.value ?? '';
  const result = {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    weekday: part('weekday'),
    hour: part('hour'),
    minute: part('minute'),
  };
  if (formatted.size >= formattedLimit) formatted.clear();
  formatted.set(time, result);
  return result;
}

/** 2026年12月5日（土） */
export function formatJaDate(moment: string | Date): string {
  const p = tokyoParts(moment);
  return `${p.year}年${p.month}月${p.day}日（${p.weekday}）`;
}

/** 14:00 */
export function formatJaTime(moment: string | Date): string {
  const p = tokyoParts(moment);
  return `${p.hour}:${p.minute}`;
}

/** 2026年12月5日（土）14:00 */
export function formatJaDateTime(moment: string | Date): string {
  return `${formatJaDate(moment)}${formatJaTime(moment)}`;
}

/** 2026年12月5日（土）14:00〜15:30, or both full dates when the range crosses midnight in Tokyo. */
export function formatJaDateRange(start: string | Date, end: string | Date): string {
  const sameDay = formatJaDate(start) === formatJaDate(end);
  return `${formatJaDateTime(start)}〜${sameDay ? formatJaTime(end) : formatJaDateTime(end)}`;
}

/** The Tokyo calendar day of a moment as YYYY-MM-DD, for grouping and machine-readable attributes. */
export function tokyoDay(moment: string | Date): string {
  const p = tokyoParts(moment);
  return `${p.year}-${p.month.padStart(2, '0')}-${p.day.padStart(2, '0')}`;
}

/**
 * A moment as ISO 8601 in Tokyo time, 2026-12-12T14:00:00+09:00, however the content loader handed it over (Astro's
 * YAML reader turns it into UTC). Japan keeps one offset all year, so +09:00 is always right.
 */
export function tokyoIsoDateTime(moment: string | Date): string {
  const seconds = String(new Date(moment).getUTCSeconds()).padStart(2, '0');
  return `${tokyoDay(moment)}T${formatJaTime(moment)}:${seconds}+09:00`;
}
