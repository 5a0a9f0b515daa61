import { minimumContrast } from '../lib/contrast.ts';
import type { FieldPath } from '../lib/problem.ts';
import type { Entry } from '../model/entry.ts';
import { accentContrast, roomAccent } from '../model/palette.ts';
import type { Room } from '../schemas/index.ts';

/**
 * A room's colour is drawn on its page as a band and a mark, which must stand out 3:1 from the page (WCAG 2.2 AA
 * for graphics). One that does not is still used, darkened in its own hue (model/palette.ts): staff are told which
 * colour the site shows instead, so they can keep it or pick another.
 */
export function checkRoomColours(
  rooms: readonly Entry<Room>[],
  warning: (entry: Entry<unknown>, path: FieldPath, message: string) => void,
): void {
  for (const room of rooms) {
    const ratio = accentContrast(room.data.color);
    if (ratio >= minimumContrast.graphic) continue;
    warning(
      room,
      ['color'],
      `部屋の色「#${room.data.color}」は、ページの明るい背景との差が ${ratio.toFixed(1)}:1 で、目印に要る ${minimumContrast.graphic}:1 に足りません。` +
        `サイトでは同じ色合いのまま濃くした「${roomAccent(room.data.color).light}」で表示します。その色でよければ、このままでかまいません。`,
    );
  }
}
