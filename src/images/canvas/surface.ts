import { blankScanlines, type PngFormat, type Scanlines } from '../png-encode.ts';

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

/** Coverage of `width` × `height` pixels, row by row, 0 (none) to 255 (full). */
interface Coverage {
  width: number;
  height: number;
  alpha: Uint8Array;
}

/** The scanlines of a picture of `background` as `paint` paints it: a palette image, or RGB when it must be. */
export function paintedScanlines(
  width: number,
  height: number,
  background: number,
  paint: (surface: Surface) => void,
): Scanlines {
  const palette = new PaletteSurface(width, height, background);
  try {
    paint(palette);
    return palette.scanlines();
  } catch (error) {
    if (!(error instanceof PaletteFull)) throw error;
  }
  const rgb = new RgbSurface(width, height, background);
  paint(rgb);
  return rgb.scanlines();
}

class PaletteFull extends Error {}

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

  constructor(width: number, height: number, format: PngFormat, pixelBytes: number) {
    this.image = blankScanlines(width, height, format);
    this.bytes = new Uint8Array(this.image.data.buffer, this.image.data.byteOffset, this.image.data.length);
    this.#pixelBytes = pixelBytes;
    this.stride = 1 + width * pixelBytes;
  }

  protected at(row: number, column: number): number {
    return row * this.stride + 1 + column * this.#pixelBytes;
  }

  /**
   * Each pixel a mask at (`column`, `row`) covers inside the image, by where its bytes start and its coverage: the
   * mask is clipped to the image.
   */
  protected eachCovered(mask: Coverage, column: number, row: number, visit: (at: number, alpha: number) => void): void {
    const endRow = Math.min(mask.height, this.image.height - row);
    const firstColumn = Math.max(0, -column);
    const endColumn = Math.min(mask.width, this.image.width - column);
    for (let y = Math.max(0, -row); y < endRow; y++) {
      const line = y * mask.width;
      for (let x = firstColumn; x < endColumn; x++) {
        const alpha = mask.alpha[line + x] ?? 0;
        if (alpha !== 0) visit(this.at(row + y, column + x), alpha);
      }
    }
  }

  /** Every row as the first: the background, painted once and copied down. */
  protected repeatFirstRow(): void {
    for (let row = 1; row < this.image.height; row++) this.copy(0, row, 0, this.image.width);
  }

  abstract fill(row: number, from: number, to: number, colour: number): void;
  abstract blend(row: number, column: number, colour: number, alpha: number): void;
  abstract blendMask(mask: Coverage, column: number, row: number, colour: number): void;

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

  constructor(width: number, height: number, background: number) {
    super(width, height, { colour: 'palette', palette: new Uint8Array() }, 1);
    this.fill(0, 0, width, background);
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
    const { bytes } = this;
    const under = bytes[at] ?? 0;
    let overEntry = mixes[under];
    if (!overEntry) {
      overEntry = new Uint16Array(256);
      mixes[under] = overEntry;
    }
    let mixed = overEntry[alpha] ?? 0;
    if (mixed === 0) {
      mixed = 1 + this.#entry(mix(this.#colours[under] ?? 0, colour, alpha));
      overEntry[alpha] = mixed;
    }
    bytes[at] = mixed - 1;
  }

  blendMask(mask: Coverage, column: number, row: number, colour: number): void {
    // Most of a picture's pixels are text's: the colour's mixes are looked up once for the whole mask.
    const mixes = this.#mixesOf(colour);
    this.eachCovered(mask, column, row, (at, alpha) => this.#blendAt(at, mixes, colour, alpha));
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
  constructor(width: number, height: number, background: number) {
    super(width, height, { colour: 'rgb' }, 3);
    this.fill(0, 0, width, background);
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

  blendMask(mask: Coverage, column: number, row: number, colour: number): void {
    this.eachCovered(mask, column, row, (at, alpha) => this.#blendAt(at, colour, alpha));
  }

  scanlines(): Scanlines {
    return this.image;
  }
}
