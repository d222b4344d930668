import { main } from '#lib/cli/main';

/**
 * Runs `headroom run --quiet …` in this process, with stdout silenced.
 *
 * @param args - the command's arguments after `--quiet`
 * @returns the exit code (undefined on success) and what it wrote to stderr
 * @example
 * const { code, errors } = await runHeadroom('--lake', lake, '--as-of', day);
 */
export async function runHeadroom(...args: string[]) {
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  const print = process.stdout.write.bind(process.stdout);
  process.stderr.write = ((text: string) => errors.push(text)) as never;
  process.stdout.write = (() => true) as never;
  process.exitCode = undefined;
  try {
    await main(['node', 'headroom', 'run', '--quiet', ...args]);
  } finally {
    process.stderr.write = write;
    process.stdout.write = print;
  }
  const code = process.exitCode;
  process.exitCode = undefined;
  return { code, errors: errors.join('') };
}
