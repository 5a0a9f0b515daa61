import { readCommandLine } from '../../src/lib/command-line.ts';
import { benchSizes, isBenchSizeName, type BenchSizeName } from './bench-sizes.ts';
import { defaultSyncTimeScale } from './sync-run.ts';

/** The parts of the bench that can be left out of a run. */
const benchParts = ['build', 'sync', 'lighthouse'] as const;
type BenchPart = (typeof benchParts)[number];

export interface BenchOptions {
  size: BenchSizeName;
  skip: Set<BenchPart>;
  /** Forum seconds per real second for the sync runs. */
  syncTimeScale: number;
  /** Keep the temporary folder (generated content, built sites, logs) for a closer look. */
  keep: boolean;
}

const usage = `Usage: npm run bench -- [--size full|small] [--skip ${benchParts.join(',')}] [--sync-time-scale N] [--keep]
  --size             full: ${describe('full')} (default); small: ${describe('small')}
  --skip             leave out parts of the run, comma-separated (build includes the page weights)
  --sync-time-scale  forum seconds per real second for the sync runs (default ${defaultSyncTimeScale}; higher is
                     faster but counts the sync's own work and latency more heavily)
  --keep             keep the temporary folder with the generated content, built sites and build logs
  --help             show this help
Lighthouse and chrome-launcher are not part of the project's install: the first run that includes Lighthouse
installs them into tools/bench/node_modules (or run \`npm run bench:install\`).`;

function describe(size: BenchSizeName): string {
  const { conditions, rooms, events } = benchSizes[size];
  return `${conditions} conditions, ${rooms} rooms, ${events} events`;
}

/** Reads the bench's command line: `--help` and an unknown option end the process (see readCommandLine). */
export async function parseBenchOptions(args: string[]): Promise<BenchOptions> {
  const values = await readCommandLine(
    {
      args,
      options: {
        size: { type: 'string', default: 'full' },
        skip: { type: 'string', multiple: true, default: [] },
        'sync-time-scale': { type: 'string', default: String(defaultSyncTimeScale) },
        keep: { type: 'boolean', default: false },
      },
    },
    usage,
    'en',
  );
  if (!isBenchSizeName(values.size)) throw new Error(`Unknown size "${values.size}".\n\n${usage}`);
  const skip = new Set<BenchPart>();
  for (const part of values.skip
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)) {
    const known = benchParts.find((name) => name === part);
    if (!known) throw new Error(`Unknown part "${part}" to skip.\n\n${usage}`);
    skip.add(known);
  }
  const syncTimeScale = Number(values['sync-time-scale']);
  if (!(syncTimeScale > 0)) throw new Error(`--sync-time-scale must be a positive number.\n\n${usage}`);
  return { size: values.size, skip, syncTimeScale, keep: values.keep };
}
