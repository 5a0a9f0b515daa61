import { blankScanlines, type PngFormat, type ScanlineSource, type Scanlines } from '../png-encode.ts';
import { forEachSpan, type Coverage } from './coverage.ts';

/**
 * Where a picture is painted: straight into the scanlines of its PNG file, so no pass turns pixels into scanlines
 * afterwards. A picture is flat colours and the anti-aliased edges between them (measured: 110–200 colours), so it is
 * painted as palette entries, one byte a pixel; the rare picture of more than 256 colours is painted again as RGB.
 * Colours are numbers, 0xrrggbb; every pixel is opaque.
 */

/** What painting asks of the pixels. Rows and columns are inside the image, except for a mask's (it is clipped). */
export interface Surface {
  /** Columns `from` up to `to` of `row` in `colour`. */
  fill(row: number, from: number, to: number, colour: number): void;
  /** `colour` over one pixel with `alpha` (1–255) of coverage. */
  blend(row: number, column: number, colour: number, alpha: number): void;
  /** `colour` through a coverage mask whose top left pixel is at (`column`, `row`). */
  blendMask(mask: Coverage, column: number, row: number, colour: number): void;
  /** Columns `from` up to `to` of row `source` copied onto row `target`. */
  copy(source: number, target: number, from: number, to: number): void;
}

/**
 * The scanlines of a picture of `background` as `paint` paints it: a palette image, or RGB when it must be. Every
 * pixel is painted (the background first), so scanlines from `source` may hold an earlier picture.
 */
export function paintedScanlines(
  width: number,
  height: number,
  background: number,
  paint: (surface: Surface) => void,
  source: ScanlineSource = blankScanlines,
): Scanlines {
  const palette = new PaletteSurface(source(width, height, paletteFormat), background);
  try {
    paint(palette);
    return palette.scanlines();
  } catch (error) {
    if (!(error instanceof PaletteFull)) throw error;
  }
  const rgb = new RgbSurface(source(width, height, { colour: 'rgb' }), background);
  paint(rgb);
  return rgb.scanlines();
}

class PaletteFull extends Error {}

/** The palette is only known once painted: the scanlines' own format is set then (PaletteSurface.scanlines). */
const paletteFormat: PngFormat = { colour: 'palette', palette: new Uint8Array() };

/**
 * `alpha` of `colour` over `under`, each channel rounded as resvg (tiny-skia) rounds it, so text drawn through its
 * masks has the colours the reference renderer gives it.
 */
function mix(under: number, colour: number, alpha: number): number {
  const rest = 255 - alpha;
  let mixed = 0;
  for (let shift = 16; shift >= 0; shift -= 8) {
    const value = (((colour >> shift) & 0xff) * alpha + ((under >> shift) & 0xff) * rest + 255) >> 8;
    mixed |= value << shift;
  }
  return mixed;
}

/** What both surfaces share: the scanlines, each a filter byte (0) and then the row's pixels. */
abstract class Scanlined implements Surface {
  protected readonly image: Scanlines;
  /** The scanlines' bytes as a plain array: its fill and copyWithin are V8's own, without Buffer's checks. */
  protected readonly bytes: Uint8Array;
  protected readonly stride: number;
  readonly #pixelBytes: number;

  constructor(image: Scanlines, pixelBytes: number) {
    this.image = image;
    this.bytes = new Uint8Array(this.image.data.buffer, this.image.data.byteOffset, this.image.data.length);
    this.#pixelBytes = pixelBytes;
    this.stride = 1 + image.width * pixelBytes;
  }

  protected at(row: number, column: number): number {
    return row * this.stride + 1 + column * this.#pixelBytes;
  }

  /** Every row as the first: the background, painted once and copied down. */
  protected repeatFirstRow(): void {
    for (let row = 1; row < this.image.height; row++) this.copy(0, row, 0, this.image.width);
  }

  abstract fill(row: number, from: number, to: number, colour: number): void;
  abstract blend(row: number, column: number, colour: number, alpha: number): void;

  /**
   * Most of a picture's pixels are text's, so this is the painter's inner loop. A full run is the colour itself
   * whatever it covers (mix at 255), so it is filled; only the runs of partial coverage are blended.
   */
  blendMask(mask: Coverage, column: number, row: number, colour: number): void {
    const fill = (y: number, from: number, to: number) => this.fill(y, from, to, colour);
    forEachSpan(mask, column, row, this.image, fill, this.spanBlender(colour, mask.alpha));
  }

  /**
   * How `colour` is blended through `alpha` over a run of pixels (its row, its columns, where its coverage starts in
   * `alpha`), made once for each mask.
   */
  protected abstract spanBlender(
    colour: number,
    alpha: Uint8Array,
  ): (row: number, from: number, to: number, coverage: number) => void;

  copy(source: number, target: number, from: number, to: number): void {
    this.bytes.copyWithin(this.at(target, from), this.at(source, from), this.at(source, to));
  }
}

/** A colour's mixes over each palette entry, by the entry under it: at each alpha, the entry + 1 it makes (0 unknown). */
type Mixes = (Uint16Array | undefined)[];

class PaletteSurface extends Scanlined {
  readonly #colours: number[] = [];
  readonly #entries = new Map<number, number>();
  /**
   * For each colour painted with coverage, over each entry it is painted over: the entry it makes at each alpha
   * (entry + 1, 0 unknown). A row for an entry is made when first needed: text covers a few entries only, and a
   * whole table for each colour would be most of what a picture allocates.
   */
  readonly #mixes = new Map<number, Mixes>();

  constructor(image: Scanlines, background: number) {
    super(image, 1);
    this.fill(0, 0, image.width, background);
    this.repeatFirstRow();
  }

  #entry(colour: number): number {
    let entry = this.#entries.get(colour);
    if (entry === undefined) {
      if (this.#colours.length === 256) throw new PaletteFull();
      entry = this.#colours.length;
      this.#colours.push(colour);
      this.#entries.set(colour, entry);
    }
    return entry;
  }

  #mixesOf(colour: number): Mixes {
    let mixes = this.#mixes.get(colour);
    if (!mixes) {
      mixes = [];
      this.#mixes.set(colour, mixes);
    }
    return mixes;
  }

  fill(row: number, from: number, to: number, colour: number): void {
    this.bytes.fill(this.#entry(colour), this.at(row, from), this.at(row, to));
  }

  blend(row: number, column: number, colour: number, alpha: number): void {
    this.#blendAt(this.at(row, column), this.#mixesOf(colour), colour, alpha);
  }

  #blendAt(at: number, mixes: Mixes, colour: number, alpha: number): void {
    const under = this.bytes[at] ?? 0;
    this.bytes[at] = this.#mixed(this.#over(mixes, under), under, colour, alpha);
  }

  /** The row of a colour's mixes over `entry`, made when first needed. */
  #over(mixes: Mixes, entry: number): Uint16Array {
    let over = mixes[entry];
    if (!over) {
      over = new Uint16Array(256);
      mixes[entry] = over;
    }
    return over;
  }

  /** The entry `alpha` of `colour` over `entry` makes, from that entry's row of mixes (`over`), kept there. */
  #mixed(over: Uint16Array, entry: number, colour: number, alpha: number): number {
    let mixed = over[alpha] ?? 0;
    if (mixed === 0) {
      mixed = 1 + this.#entry(mix(this.#colours[entry] ?? 0, colour, alpha));
      over[alpha] = mixed;
    }
    return mixed - 1;
  }

  protected spanBlender(colour: number, alpha: Uint8Array) {
    // The colour's mixes are looked up once for the whole mask, and the row of mixes over an entry once for each run
    // of pixels over that entry.
    const mixes = this.#mixesOf(colour);
    const { bytes } = this;
    let under = -1;
    let over: Uint16Array = new Uint16Array(0);
    return (row: number, from: number, to: number, coverage: number) => {
      for (let at = this.at(row, from), end = at + to - from, x = coverage; at < end; at++, x++) {
        const entry = bytes[at] ?? 0;
        if (entry !== under) {
          under = entry;
          over = this.#over(mixes, entry);
        }
        bytes[at] = this.#mixed(over, entry, colour, alpha[x] ?? 0);
      }
    };
  }

  scanlines(): Scanlines {
    const palette = new Uint8Array(this.#colours.length * 3);
    this.#colours.forEach((colour, entry) =>
      palette.set([colour >> 16, (colour >> 8) & 0xff, colour & 0xff], entry * 3),
    );
    return { ...this.image, format: { colour: 'palette', palette } };
  }
}

class RgbSurface extends Scanlined {
  constructor(image: Scanlines, background: number) {
    super(image, 3);
    this.fill(0, 0, image.width, background);
    this.repeatFirstRow();
  }

  fill(row: number, from: number, to: number, colour: number): void {
    const { bytes } = this;
    if (from >= to) return;
    const start = this.at(row, from);
    bytes[start] = colour >> 16;
    bytes[start + 1] = (colour >> 8) & 0xff;
    bytes[start + 2] = colour & 0xff;
    // Doubling copies: the pixel, then two, four … until the span is full.
    const end = this.at(row, to);
    for (let filled = start + 3; filled < end;) {
      const length = Math.min(filled - start, end - filled);
      bytes.copyWithin(filled, start, start + length);
      filled += length;
    }
  }

  blend(row: number, column: number, colour: number, alpha: number): void {
    this.#blendAt(this.at(row, column), colour, alpha);
  }

  #blendAt(at: number, colour: number, alpha: number): void {
    const { bytes } = this;
    const mixed = mix(((bytes[at] ?? 0) << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0), colour, alpha);
    bytes[at] = mixed >> 16;
    bytes[at + 1] = (mixed >> 8) & 0xff;
    bytes[at + 2] = mixed & 0xff;
  }

  protected spanBlender(colour: number, alpha: Uint8Array) {
    return (row: number, from: number, to: number, coverage: number) => {
      for (let x = from; x < to; x++) this.#blendAt(this.at(row, x), colour, alpha[coverage + x - from] ?? 0);
    };
  }

  scanlines(): Scanlines {
    return this.image;
  }
}
