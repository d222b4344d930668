/**
 * The command line of a benchmark script: `parseArgs` with `--help`,
 * which prints the script's own header comment (what it measures, how to
 * run it), and a one-line message, not a stack trace, for an option it
 * does not know or a value it lacks.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';

/**
 * Parses a benchmark's options (`node:util` `parseArgs`), answering
 * `--help` and bad options itself: usage on stdout and exit 0, or the
 * problem on stderr and exit 2.
 *
 * @param url - the script's `import.meta.url`, whose header is its usage
 * @param config - the options, as `parseArgs` takes them
 * @returns what `parseArgs` returns
 * @example
 * const { values } = benchArgs(import.meta.url, {
 *   options: { links: { type: 'string', default: '100' } } });
 */
export function benchArgs<T extends ParseArgsConfig>(
  url: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage(url));
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (!code?.startsWith('ERR_PARSE_ARGS')) throw error;
    const script = basename(fileURLToPath(url));
    process.stderr.write(`${script}: ${message}\n(--help for its options)\n`);
    process.exit(2);
  }
}

/** The script's first comment block, without its `*` margins. */
function usage(url: string): string {
  const text = readFileSync(fileURLToPath(url), 'utf8');
  const block = /\/\*\*([\s\S]*?)\*\//.exec(text)?.[1] ?? '';
  return `${block
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim()}\n`;
}
