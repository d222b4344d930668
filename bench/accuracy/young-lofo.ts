/**
 * One choice about the bounds of a young series (under 28 days, its last
 * week or days repeated, `repeatLastSeason`) made leave-one-family-out
 * (docs/architecture.md "The forecast engine", short series): each
 * shared series (the longest case of each, train and test days
 * together) cut to a range of lengths from its first day and from every
 * `step`th day after (at most `starts` starts), forecast a year ahead by
 * the production setting with each value of a grid; each fold picks the
 * value whose coverage of the available days 1–365 ahead is nearest
 * nominal on the other four families' windows (`fitWidening` at factor
 * 1), each length on its own and the gaps averaged, and is scored on the
 * fifth's. Coverage is printed per band
 * of days ahead, per family, and for the lengths `focus` alone.
 */
import { median } from '#lib/forecast/stats';
import { type Case, FAMILIES } from './data.ts';
import type { SettingRun } from './lofo.ts';
import { fitWidening } from './widening.ts';
import {
  bandLine,
  type Window,
  windows,
  type YoungSpec,
} from './young-windows.ts';

export type { YoungSpec } from './young-windows.ts';

/** A window's index and a value's index in the grid. */
type Pair = [number, number];

/**
 * The coverage gap of `run` on the windows `idx`, each length of series
 * on its own and then averaged, so that every length counts alike: pooled,
 * the longer windows' bounds, wide of nominal, hid the 8-day ones' (62.6 %
 * of the next 30 days at 80 %), and the bounds narrowed from 7 days to 8.
 */
function gapPerLength(run: SettingRun, idx: number[], all: readonly Window[]) {
  // A window with no test day would make its length's share 0 / 0.
  const scored = idx.filter((i) => all[i]!.all[0]!.y.length > 0);
  const lengths = [...new Set(scored.map((i) => all[i]!.n))];
  let sum = 0;
  for (const n of lengths) {
    const at = scored.filter((i) => all[i]!.n === n);
    sum += fitWidening(run, at, [1], false).gap;
  }
  return sum / lengths.length;
}

/** Each fold's pick (index into the grid) and its held-out windows. */
function folds(spec: YoungSpec, all: readonly Window[]) {
  const idx = all.map((_, i) => i);
  const run = (v: number): SettingRun => ({
    point: 'alone',
    scaleBy: 'own',
    base: 1,
    cut: all.map((w) => w.all[v]!),
  });
  return FAMILIES.map((fam) => {
    const train = idx.filter((i) => all[i]!.family !== fam);
    const gaps = spec.grid.map((_, v) => gapPerLength(run(v), train, all));
    const v = gaps.indexOf(Math.min(...gaps));
    const held = idx.filter((i) => all[i]!.family === fam);
    return { fam, v, held: held.map((i): Pair => [i, v]) };
  });
}

/** The lines of the code's value and of LOFO, by family and in all. */
function printCode(spec: YoungSpec, all: readonly Window[], lofo: Pair[]) {
  const code = spec.grid.indexOf(spec.code);
  const at = (keep: (w: Window) => boolean): Pair[] =>
    all.flatMap((w, i) => (keep(w) ? [[i, code] as Pair] : []));
  for (const fam of FAMILIES) {
    console.log(
      bandLine(
        `the code's, ${fam}`,
        all,
        at((w) => w.family === fam),
      ),
    );
  }
  console.log(
    bandLine(
      "the code's",
      all,
      at(() => true),
    ),
  );
  console.log(bandLine('LOFO', all, lofo));
  if (spec.focus === undefined) return;
  const [lo, hi] = spec.focus;
  const within = (w: Window) => w.n >= lo && w.n <= hi;
  console.log(bandLine(`the code's, ${lo}–${hi} days`, all, at(within)));
  const held = lofo.filter(([i]) => within(all[i]!));
  console.log(bandLine(`LOFO, ${lo}–${hi} days`, all, held));
}

/**
 * Print one young series' LOFO section: each fold's pick scored on its
 * family, every value on every window, the code's value per family and
 * LOFO.
 *
 * @param cases - the shared cases
 * @param spec - the lengths, the grid and how a value makes a setting
 * @returns the median of the folds' values (the production choice)
 */
export function youngSection(cases: readonly Case[], spec: YoungSpec) {
  const all = windows(spec, cases);
  console.log(
    `\n${spec.title}: ${all.length} windows, values ${spec.grid.join('/')}; cov80 / cov95 pooled, % of days above the 80 % bound, MSIS (windows), per band of days ahead`,
  );
  const picks = folds(spec, all);
  for (const { fam, v, held } of picks) {
    console.log(bandLine(`fold ${fam} chose ${spec.grid[v]}`, all, held));
  }
  spec.grid.forEach((value, v) => {
    const every = all.map((_, i): Pair => [i, v]);
    console.log(bandLine(`every window at ${value}`, all, every));
  });
  printCode(
    spec,
    all,
    picks.flatMap((p) => p.held),
  );
  const chosen = median(picks.map((p) => spec.grid[p.v]!));
  console.log(
    `production (median of the folds): ${chosen}; in the code: ${spec.code}`,
  );
  return chosen;
}
