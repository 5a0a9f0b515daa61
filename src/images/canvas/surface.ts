import { blankScanlines, type PngFormat, type Scanlines } from '../png-encode.ts';

/**
 * Where a picture is painted: straight into the scanlines of its PNG file, so no pass turns pixels into scanlines
 * afterwards. A picture is flat colours and the anti-aliased edges between them (measured: 140–220 colours), so it is
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

/** Abstract base: the scanlines, their layout, and clipping a mask. */
abstract class Scanlined implements Surface {
  protected readonly image: Scanlines;
  protected readonly stride: number;
  protected readonly pixelBytes: number;

  constructor(width: number, height: number, format: PngFormat, pixelBytes: number) {
    this.image = blankScanlines(width, height, format);
    this.pixelBytes = pixelBytes;
    this.stride = 1 + width * pixelBytes;
  }

  protected at(row: number, column: number): number {
    return row * this.stride + 1 + column * this.pixelBytes;
  }

  abstract fill(row: number, from: number, to: number, colour: number): void;
  abstract blend(row: number, column: number, colour: number, alpha: number): void;

  blendMask(mask: Coverage, column: number, row: number, colour: number): void {
    const { width, height } = this.image;
    const firstRow = Math.max(0, -row);
    const endRow = Math.min(mask.height, height - row);
    const firstColumn = Math.max(0, -column);
    const endColumn = Math.min(mask.width, width - column);
    for (let y = firstRow; y < endRow; y++) {
      const line = y * mask.width;
      for (let x = firstColumn; x < endColumn; x++) {
        const alpha = mask.alpha[line + x] ?? 0;
        if (alpha !== 0) this.blend(row + y, column + x, colour, alpha);
      }
    }
  }

  copy(source: number, target: number, from: number, to: number): void {
    this.image.data.copyWithin(this.at(target, from), this.at(source, from), this.at(source, to));
  }
}

class PaletteSurface extends Scanlined {
  readonly #colours: number[] = [];
  readonly #entries = new Map<number, number>();
  /** For each colour painted with coverage: the entry it makes over each entry, at each alpha (entry + 1, 0 unknown). */
  readonly #mixes = new Map<number, Uint16Array>();

  constructor(width: number, height: number, background: number) {
    super(width, height, { colour: 'palette', palette: new Uint8Array() }, 1);
    for (let row = 0; row < height; row++) this.fill(row, 0, width, background);
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

  #mixesOf(colour: number): Uint16Array {
    let mixes = this.#mixes.get(colour);
    if (!mixes) {
      mixes = new Uint16Array(256 * 256);
      this.#mixes.set(colour, mixes);
    }
    return mixes;
  }

  fill(row: number, from: number, to: number, colour: number): void {
    this.image.data.fill(this.#entry(colour), this.at(row, from), this.at(row, to));
  }

  blend(row: number, column: number, colour: number, alpha: number): void {
    this.#blendAt(this.at(row, column), this.#mixesOf(colour), colour, alpha);
  }

  #blendAt(at: number, mixes: Uint16Array, colour: number, alpha: number): void {
    const { data } = this.image;
    const key = ((data[at] ?? 0) << 8) | alpha;
    let mixed = mixes[key] ?? 0;
    if (mixed === 0) {
      mixed = 1 + this.#entry(mix(this.#colours[data[at] ?? 0] ?? 0, colour, alpha));
      mixes[key] = mixed;
    }
    data[at] = mixed - 1;
  }

  override blendMask(mask: Coverage, column: number, row: number, colour: number): void {
    // The same as every surface's, with the colour's mixes looked up once: most of a picture's pixels are text's.
    const { width, height } = this.image;
    const mixes = this.#mixesOf(colour);
    const firstColumn = Math.max(0, -column);
    const endColumn = Math.min(mask.width, width - column);
    for (let y = Math.max(0, -row), endRow = Math.min(mask.height, height - row); y < endRow; y++) {
      const line = y * mask.width;
      const start = this.at(row + y, column);
      for (let x = firstColumn; x < endColumn; x++) {
        const alpha = mask.alpha[line + x] ?? 0;
        if (alpha !== 0) this.#blendAt(start + x, mixes, colour, alpha);
      }
    }
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
    for (let row = 0; row < height; row++) this.fill(row, 0, width, background);
  }

  fill(row: number, from: number, to: number, colour: number): void {
    const { data } = this.image;
    if (from >= to) return;
    const start = this.at(row, from);
    data[start] = colour >> 16;
    data[start + 1] = (colour >> 8) & 0xff;
    data[start + 2] = colour & 0xff;
    // Doubling copies: the pixel, then two, four … until the span is full.
    const end = this.at(row, to);
    for (let filled = start + 3; filled < end;) {
      const length = Math.min(filled - start, end - filled);
      data.copyWithin(filled, start, start + length);
      filled += length;
    }
  }

  blend(row: number, column: number, colour: number, alpha: number): void {
    const { data } = this.image;
    const at = this.at(row, column);
    const under = ((data[at] ?? 0) << 16) | ((data[at + 1] ?? 0) << 8) | (data[at + 2] ?? 0);
    const mixed = mix(under, colour, alpha);
    data[at] = mixed >> 16;
    data[at + 1] = (mixed >> 8) & 0xff;
    data[at + 2] = mixed & 0xff;
  }

  scanlines(): Scanlines {
    return this.image;
  }
}
