import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { addDays } from '#lib/domain/dates';
import { writeSample } from '#lib/wiring/local-sample';
import { doneLine } from './done-line.ts';
import { exitOnError } from './exit-on-error.ts';
import { printRunSummary, runLocal } from './run-local.ts';
import { parseStartOptions, START_USAGE } from './start-options.ts';

/**
 * `npm start`: creates the sample under `data/sample` when it is missing,
 * then runs the whole pipeline on it as of the day after its last day,
 * writing to `out/`. Prints progress, the urgent groups and the report path.
 *
 * @param argv - `--data DIR` and `--out DIR` override the folders
 * @returns nothing
 * @example
 * await start(['--data', '/tmp/sample', '--out', '/tmp/out']);
 */
export async function start(argv: readonly string[]): Promise<void> {
  const values = parseStartOptions(argv);
  if (values.help) {
    process.stdout.write(START_USAGE);
    return;
  }
  const data = resolve(values.data);
  const lastDay = await ensureSample(data);
  const options = {
    lake: join(data, 'lake'),
    inventory: join(data, 'inventory'),
    out: resolve(values.out),
    asOf: addDays(lastDay, 1),
    quiet: false,
    workers: availableParallelism(),
  };
  printRunSummary(options, await runLocal(options));
  process.stdout.write(doneLine());
}

async function ensureSample(data: string): Promise<string> {
  const summaryFile = join(data, 'sample.json');
  if (!existsSync(summaryFile)) {
    process.stderr.write(
      `[headroom] no sample at ${relative('.', data) || '.'}: generating one ` +
        '(about 100 links, 430 days of 5-minute samples)\n',
    );
    let shown = -1;
    await writeSample({
      out: data,
      onProgress: (done, total) => {
        const percent = Math.floor((done / total) * 10) * 10;
        if (percent === shown) return;
        shown = percent;
        process.stderr.write(
          `[headroom] sample ${percent}% (${done}/${total} days)\n`,
        );
      },
    });
  }
  const summary = JSON.parse(await readFile(summaryFile, 'utf8'));
  return summary.lastDay as string;
}

const code = await exitOnError(() => start(process.argv.slice(2)));
if (code !== undefined) process.exitCode = code;
