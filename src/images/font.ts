import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The typeface of every rendered image: BIZ UDPGothic, a universal-design Japanese face made to stay legible for
 * older readers and people with low vision. The site itself uses system fonts; only the images embed this one.
 * fontkit reads TTF/OTF (not WOFF2), which this package ships.
 */

interface ImageFont {
  data: Buffer;
  weight: 400 | 700;
}

export interface FontSet {
  fonts: ImageFont[];
  /** Changes whenever the font files change, so cached images made with another font are not reused. */
  fingerprint: string;
}

const fontPackage = '@expo-google-fonts/biz-udpgothic';
const files = [
  { weight: 400, file: '400Regular/BIZUDPGothic_400Regular.ttf' },
  { weight: 700, file: '700Bold/BIZUDPGothic_700Bold.ttf' },
] as const;

let loaded: FontSet | undefined;

/** The fonts, read once per process. */
export function imageFonts(): FontSet {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  const fonts = files.map(({ weight, file }): ImageFont => {
    const data = readFileSync(require.resolve(`${fontPackage}/${file}`));
    hash.update(data);
    return { data, weight };
  });
  loaded = { fonts, fingerprint: hash.digest('hex') };
  return loaded;
}
