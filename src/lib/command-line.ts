import { parseArgs, type ParseArgsConfig, type ParseArgsOptionsConfig } from 'node:util';

/**
 * The command line of an entry point in scripts/, read with node:util's parseArgs. `--help` prints the usage and
 * exits 0; an unknown option, an option without its value or a stray argument prints what is wrong, then the
 * usage, and exits 2. Staff-facing commands say it in Japanese.
 */

export type CommandLanguage = 'ja' | 'en';

type CommandLineConfig = ParseArgsConfig & { args: string[]; options: NonNullable<ParseArgsConfig['options']> };

const wording = {
  ja: {
    unknown: (name: string) => `「${name}」という指定はありません。`,
    stray: (value: string) => `「${value}」は使えません（指定は -- で始まります）。`,
    malformed: (name: string) => `「${name}」の書き方がちがいます。`,
  },
  en: {
    unknown: (name: string) => `unknown option ${name}`,
    stray: (value: string) => `unexpected argument ${value}`,
    malformed: (name: string) => `option ${name} is not given as the usage shows`,
  },
} satisfies Record<CommandLanguage, Record<string, (text: string) => string>>;

/** The options the command takes (`--help` is always understood and needs no entry). */
export async function readCommandLine<const T extends CommandLineConfig>(
  config: T,
  usage: string,
  language: CommandLanguage,
): Promise<ReturnType<typeof parseArgs<T>>['values']> {
  const tokens = tokensOf(config);
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help'))
    return exit(process.stdout, `${usage}\n`, 0);
  try {
    return parseArgs(config).values;
  } catch {
    return exit(process.stderr, `${whatIsWrong(config, language)}\n\n${usage}\n`, 2);
  }
}

/** Exits once the text is written: a pipe to another program may take it asynchronously. */
async function exit(stream: NodeJS.WriteStream, text: string, code: number): Promise<never> {
  await new Promise((written) => stream.write(text, written));
  process.exit(code);
}

/** Every argument as parseArgs sees it, refused or not. */
function tokensOf(config: CommandLineConfig) {
  const options: ParseArgsOptionsConfig = config.options;
  return parseArgs({
    args: config.args,
    options,
    allowNegative: config.allowNegative ?? false,
    strict: false,
    allowPositionals: true,
    tokens: true,
  }).tokens;
}

/** The first argument parseArgs refuses, found among its tokens (its own messages are English and long). */
export function whatIsWrong(config: CommandLineConfig, language: CommandLanguage): string {
  const words = wording[language];
  for (const token of tokensOf(config)) {
    if (token.kind === 'positional' && !config.allowPositionals) return words.stray(token.value);
    if (token.kind !== 'option') continue;
    const option = config.options[token.name];
    if (!option) return words.unknown(token.rawName);
    if ((option.type === 'string') !== (token.value !== undefined)) return words.malformed(token.rawName);
  }
  return words.malformed(config.args.join(' '));
}
