import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChildRun } from './child-run.ts';
import { manifestMismatches } from './manifest-check.ts';
import { firstDifference, readOutputs } from './outputs.ts';
import type { KillBench } from './prepare.ts';

/**
 * Checks what a kill left for readers before any run repairs it (README
 * "Safe runs"): the folder `reports/latest.json` names, and the copy in
 * `reports/latest/`, are complete when they hold a manifest, so their
 * files must be those their manifest names.
 *
 * @param out - the trial's output folder
 * @returns the broken promises, in words
 * @example
 * const problems = await checkAfterKill('/tmp/kill/trial/out');
 */
export async function checkAfterKill(out: string): Promise<string[]> {
  const problems: string[] = [];
  const pointer = await readFile(join(out, 'reports/latest.json'), 'utf8')
    .then((text) => JSON.parse(text) as { folder: string; runId: string })
    .catch(() => undefined);
  for (const folder of pointer ? [pointer.folder, 'reports/latest'] : []) {
    const differ = await manifestMismatches(join(out, folder));
    if (differ.length > 0) {
      problems.push(
        `after a kill, ${folder}/manifest.json names other bytes for ` +
          `${differ.length} files (${differ.slice(0, 3).join(', ')}…) ` +
          `while latest.json names run ${pointer!.runId}`,
      );
    }
  }
  return problems;
}

/**
 * Checks the run that completed after the kills (README "Safe runs"):
 * it exits 0 without waiting for a dead run's lock; its outputs (report,
 * `latest`, outbox, notification state, rolled-up tables) equal the
 * uninterrupted run's; `reports/latest.json` names the as-of date and
 * `reports/latest/` has a manifest and the dated folder's files.
 *
 * @param bench - the sample, trial folder and reference
 * @param final - the run to completion
 * @returns the broken promises, in words (none when all hold)
 * @example
 * const problems = await checkFinal(bench, await runChild(args));
 */
export async function checkFinal(
  bench: KillBench,
  final: ChildRun,
): Promise<string[]> {
  const problems: string[] = [];
  if (final.code !== 0) {
    const last = final.lines.slice(-2).map((l) => l.text);
    problems.push(`the final run exited ${final.code}: ${last.join(' | ')}`);
  }
  const waited = final.lines.find((l) => l.text.includes('waiting for'));
  if (waited) problems.push(`the final run waited: ${waited.text}`);
  const outputs = await readOutputs(bench.trial, bench.asOf);
  const difference = firstDifference(bench.reference, outputs);
  if (difference) problems.push(`differs from the reference: ${difference}`);
  problems.push(...checkLatest(outputs, bench.asOf));
  return problems;
}

/**
 * `latest.json` names the as-of date, and `reports/latest/` holds a
 * manifest and the same files as `reports/<asOf>/`, with the same text.
 */
function checkLatest(
  outputs: ReadonlyMap<string, string>,
  asOf: string,
): string[] {
  const pointer = outputs.get('out/reports/latest.json') ?? 'none';
  const named = /"asOf":\s*"([^"]+)"/.exec(pointer)?.[1];
  const problems: string[] = [];
  if (named !== asOf) problems.push(`latest.json names ${named ?? 'nothing'}`);
  if (!outputs.has('out/reports/latest/manifest.json')) {
    problems.push('reports/latest/ has no manifest.json');
  }
  const dated = filesUnder(outputs, `out/reports/${asOf}/`);
  const latest = filesUnder(outputs, 'out/reports/latest/');
  for (const [path, text] of dated) {
    if (latest.get(path) !== text) {
      problems.push(`reports/latest/${path} differs from reports/${asOf}/`);
      break;
    }
  }
  const extra = [...latest.keys()].filter((path) => !dated.has(path));
  if (extra.length > 0) problems.push(`reports/latest/ has extra ${extra}`);
  return problems;
}

function filesUnder(outputs: ReadonlyMap<string, string>, prefix: string) {
  return new Map(
    [...outputs]
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, text]) => [path.slice(prefix.length), text]),
  );
}
