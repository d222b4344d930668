/**
 * Kill benchmark (README "Safe runs"): a `headroom run` SIGKILLed at any
 * moment loses nothing and sends nothing twice. Writes a small sample,
 * runs it once uninterrupted (the reference), then per trial copies the
 * sample afresh, kills a `headroom run` on it after a random delay drawn
 * over the reference run's wall time (a quarter of the trials kill the
 * next run too; a kill that came after the run had finished is drawn
 * again over that run's time, bench/kill/random-trial.ts), runs it to completion and checks the outputs against
 * the reference (bench/kill/check-final.ts), and that a run 8 days later
 * clears what the kills left. Then one trial per narrow window a delay
 * would hardly hit (bench/kill/targets.ts), killed on the file change
 * that opens it. Prints each kill's moment, the stage it landed in and
 * the first difference, then a summary.
 *
 * Run: npm run bench:kill -- [--kills 40] [--seed 1] [--links 40]
 *      [--days 120] [--no-sweep] [--no-targets] [--keep]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchArgs, wholeOption } from './bench-args.ts';
import { planKills } from './kill/plan-kills.ts';
import { prepareKillBench } from './kill/prepare.ts';
import { runRandomTrial } from './kill/random-trial.ts';
import { killTargets } from './kill/targets.ts';
import { type AimedResult, runAimedTrial } from './kill/trial.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    kills: { type: 'string', default: '40' },
    seed: { type: 'string', default: '1' },
    links: { type: 'string', default: '40' },
    days: { type: 'string', default: '120' },
    'no-sweep': { type: 'boolean', default: false },
    'no-targets': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const url = import.meta.url;
const kills = wholeOption(url, '--kills', values.kills, {
  min: 1,
  max: 10_000,
});
const seed = wholeOption(url, '--seed', values.seed, {
  min: 0,
  max: 4_294_967_295,
});
const links = wholeOption(url, '--links', values.links, {
  min: 1,
  max: 10_000,
});
const days = wholeOption(url, '--days', values.days, { min: 1, max: 3_660 });
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const began = performance.now();
const loadBefore = load();
const root = await mkdtemp(join(tmpdir(), 'headroom-kill-'));
const bench = await prepareKillBench(root, {
  links,
  days,
  seed,
  end: '2026-05-31',
});
const reference = bench.referenceRun;
const stages = reference.lines
  .map((l) => [/stage done stage=(\w+)/.exec(l.text)?.[1], l.ms] as const)
  .filter(([stage]) => stage)
  .map(([stage, ms]) => `${stage} ${ms}`);
const messages = [...bench.reference.keys()].filter((k) =>
  /^out\/outbox\/.*\.txt$/.test(k),
).length;
console.log(
  `reference: ${links} links × ${days} days, as of ${bench.asOf}, ` +
    `${seconds(reference.ms)} wall, ${messages} messages; stages ended at ` +
    `(ms) ${stages.join(', ')}; load ${loadBefore}\n`,
);

const results: AimedResult[] = [];
const trials = [
  ...planKills(kills, seed).map((shares, i) => ({
    name: `kill ${i + 1}/${kills}`,
    shares,
  })),
  ...(values['no-targets'] ? [] : killTargets(bench.asOf)),
];
for (const trial of trials) {
  const { name } = trial;
  const sweep = !values['no-sweep'];
  const result =
    'shares' in trial
      ? await runRandomTrial(bench, trial.shares, reference.ms, sweep)
      : await runAimedTrial(bench, trial.moments, sweep);
  results.push(result);
  const tries = result.tries > 1 ? ` (${result.tries} tries)` : '';
  const shown =
    result.kills.map((k) => `${k.at} (${k.stage})`).join(' then ') + tries;
  const verdict =
    result.problems.length === 0
      ? 'pass'
      : `FAIL: ${result.problems.join('; ')}`;
  const left = result.left.length > 0 ? `; kept ${kinds(result.left)}` : '';
  console.log(
    `${name}: ${shown} → ${verdict}, ` +
      `final run ${seconds(result.finalMs)}${left}`,
  );
}

const passed = results.filter((r) => r.problems.length === 0).length;
const total = results.length;
const redrawn = results.slice(0, kills).filter((r) => r.tries > 1).length;
const byStage = new Map<string, number>();
for (const result of results.slice(0, kills)) {
  const stage = result.kills[0]!.stage.replace(/ \(.*/, '');
  byStage.set(stage, (byStage.get(stage) ?? 0) + 1);
}
console.log(
  `\n${passed}/${total} trials passed (${total - passed} failed); ` +
    `${results.filter((r) => r.kills.length > 1).length} with a second ` +
    `kill; random first kills by stage: ` +
    `${[...byStage].map(([s, n]) => `${s} ${n}`).join(', ')}; ` +
    `${redrawn} drawn again over a shorter window (a kill after the ` +
    `run had finished)\n` +
    `${seconds(performance.now() - began)} in all; load ${loadBefore} at ` +
    `start, ${load()} at end; seed ${seed}`,
);
if (values.keep) console.log(`kept ${root}`);
else await rm(root, { recursive: true, force: true });
process.exitCode = passed === total ? 0 : 1;

/** Leftovers by kind: run ids and scratch names blanked, counted. */
function kinds(paths: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const kind = path
      .replace(/\d{4}-\d{2}-\d{2}T\d{6}/, '<runId>')
      .replace(/\.headroom-tmp\/.*/, '.headroom-tmp/*')
      .replace(/\.headroom-tmp-[^/]*.*/, '.headroom-tmp-*')
      .replace(/\/dt=.*/, '/dt=*/…');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ');
}
