import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { formatCount } from '#lib/report/format';
import {
  checkSampleFolders,
  checkSampleOptions,
  type SampleSummary,
} from '#lib/sample/index';
import { writeSample } from '#lib/wiring/local-sample';
import { parseDay, parsePath, parseWhole } from './parse-options.ts';

/**
 * `headroom sample`: writes a realistic, deterministic sample lake and
 * inventory (docs/architecture.md "Data contracts").
 *
 * @returns the commander command
 * @example
 * program.addCommand(sampleCommand());
 */
export function sampleCommand(): Command {
  return new Command('sample')
    .description(
      'Write a realistic sample: a Parquet traffic lake (DIR/lake/traffic/) ' +
        'and an inventory (DIR/inventory/links.csv, augments.csv) for a ' +
        'fictitious EMEA edge. The same options give the same files.',
    )
    .option(
      '--out <dir>',
      'folder to write the sample into',
      parsePath('--out', 'a folder'),
      'data/sample',
    )
    .addOption(
      numberOption('--links <n>', 'links in the inventory', 10_000, 100),
    )
    .addOption(
      numberOption('--days <d>', 'days of 5-minute history', 3_660, 430),
    )
    .addOption(numberOption('--seed <s>', 'random seed', 4_294_967_295, 1, 0))
    .addOption(
      new Option(
        '--end <date>',
        'last day YYYY-MM-DD (default: yesterday, UTC)',
      ).argParser(parseDay('--end')),
    )
    .action(runSample);
}

/** Generates the sample with progress on stderr and the summary on stdout. */
async function runSample(options: SampleCommandOptions): Promise<void> {
  const out = resolve(options.out);
  const wanted = {
    out,
    links: options.links,
    days: options.days,
    seed: options.seed,
    ...(options.end ? { end: options.end } : {}),
  };
  checkSampleOptions(wanted);
  await checkSampleFolders(out);
  process.stderr.write(
    `headroom sample: ${options.links} links × ${options.days} days ` +
      `(seed ${options.seed}) into ${out}\n`,
  );
  const summary = await writeSample({
    ...wanted,
    onProgress: reportProgress(),
  });
  process.stdout.write(formatSummary(summary, out));
}

/** A whole-number option with bounds, given in its help, validated by `parseWhole`. */
function numberOption(
  flags: string,
  description: string,
  max: number,
  fallback: number,
  min = 1,
): Option {
  const name = flags.split(' ')[0]!;
  return new Option(flags, `${description}, ${min} to ${max}`)
    .argParser(parseWhole(name, min, max))
    .default(fallback);
}

interface SampleCommandOptions {
  readonly out: string;
  readonly links: number;
  readonly days: number;
  readonly seed: number;
  readonly end?: string;
}

/** Prints a line every tenth of the days. */
function reportProgress(): (done: number, total: number) => void {
  let lastTenth = 0;
  return (done, total) => {
    const tenth = Math.floor((done * 10) / total);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    process.stderr.write(`  ${tenth * 10}% (${done}/${total} days)\n`);
  };
}

/**
 * The summary the command prints.
 *
 * @param summary - what `generateSample` returned
 * @param out - the sample folder
 * @returns lines of text
 * @example
 * formatSummary(summary, '/tmp/sample');
 */
export function formatSummary(summary: SampleSummary, out: string): string {
  const rows = formatCount(summary.rows);
  return [
    `Sample written to ${out} in ${summary.seconds} s`,
    `  days:      ${summary.firstDay} … ${summary.lastDay}`,
    `  rows:      ${rows}`,
    `  links:     ${summary.links} in ${summary.groups} groups, ${summary.isps} ISPs`,
    `  lake:      ${resolve(out, 'lake')}`,
    `  inventory: ${resolve(out, 'inventory')}`,
    '',
  ].join('\n');
}
