/**
 * The widening per week ahead of a series of 8–27 days (its last week
 * repeated, `repeatLastSeason`), chosen leave-one-family-out
 * (docs/architecture.md "The forecast engine", short series): each
 * shared series (the longest case of each, train and test days
 * together) cut to 8–27 days from its first day and from every `STEP`th
 * day after (at most `STARTS` starts), forecast a year ahead by the
 * production setting with each power of `GROWTHS`; each fold picks the
 * power whose pooled coverage of the available days 1–365 ahead is
 * nearest nominal on the other four families' windows (`fitWidening` at
 * factor 1) and is scored on the fifth's. Coverage is printed per band
 * of days ahead.
 */
import { DEFAULT_SETTING, forecastSeries } from '#lib/forecast/index';
import { median } from '#lib/forecast/stats';
import { type Case, cut, FAMILIES, type Scored, wholeSeries } from './data.ts';
import { LEVELS } from './forecast-all.ts';
import type { SettingRun } from './lofo.ts';
import { type CaseScore, scoreCase, summarize } from './score.ts';
import { fitWidening } from './widening.ts';

const AHEAD = 365;
const BANDS = [
  [1, 30],
  [31, 90],
  [91, 180],
  [181, 365],
] as const;
/** Powers of the weeks ahead the spread grows by (½: a random walk). */
const GROWTHS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
const [STEP, STARTS] = [91, 4];

/** One window: its family, its days and its forecasts, one per power. */
interface Window {
  readonly family: string;
  /** Per power, the forecast cut to every available day, then per band. */
  readonly all: readonly Scored[];
  readonly bands: readonly (readonly Scored[])[];
}

function windowsOf(c: Case, y: readonly number[], from: number, n: number) {
  const rest = y.slice(from + n, from + n + AHEAD);
  const test = rest.flatMap((v, i) =>
    Number.isFinite(v) ? [[i, v] as const] : [],
  );
  const at = (lo: number, hi: number) =>
    ({ ...c, test: test.filter(([i]) => i + 1 >= lo && i + 1 <= hi) }) as Case;
  const scored = GROWTHS.map((g) => {
    const f = forecastSeries(y.slice(from, from + n), {
      horizon: AHEAD,
      levels: LEVELS,
      season: 7,
      setting: { ...DEFAULT_SETTING, shortGrowth: g },
    });
    return {
      all: cut(at(1, AHEAD), f),
      bands: BANDS.map(([lo, hi]) => cut(at(lo, hi), f)),
    };
  });
  return {
    family: c.family,
    all: scored.map((s) => s.all),
    bands: BANDS.map((_, b) => scored.map((s) => s.bands[b]!)),
  };
}

function windows(cases: readonly Case[]): Window[] {
  const out: Window[] = [];
  for (const { c, y } of wholeSeries(cases)) {
    for (let k = 0; k < STARTS; k += 1) {
      for (let n = 8; n <= 27; n += 1) {
        if (k * STEP + n + 30 > y.length) continue;
        out.push(windowsOf(c, y, k * STEP, n));
      }
    }
  }
  return out;
}

const cov = (scores: readonly CaseScore[]) => {
  const s = summarize(scores.filter((x) => x.days > 0));
  return `${s.cov80.toFixed(1)} / ${s.cov95.toFixed(1)}, >u80 ${s.over80.toFixed(1)}`;
};

/** Coverage per band of the windows `idx`, power `g` each (index). */
function bandLine(name: string, all: Window[], idx: [number, number][]) {
  const parts = BANDS.map(([lo, hi], b) => {
    const s = idx.map(([i, g]) => scoreCase(all[i]!.bands[b]![g]!));
    const n = s.filter((x) => x.days > 0).length;
    return `${lo}–${hi}: ${n > 0 ? cov(s) : '–'} (${n})`;
  });
  return `${name.padEnd(30)} ${parts.join('  ')}`;
}

/** Each fold's pick (index into `GROWTHS`) and its held-out windows. */
function folds(all: readonly Window[], idx: readonly number[]) {
  const run = (g: number): SettingRun => ({
    point: 'alone',
    scaleBy: 'own',
    base: 1,
    cut: all.map((w) => w.all[g]!),
  });
  return FAMILIES.map((fam) => {
    const train = idx.filter((i) => all[i]!.family !== fam);
    const gaps = GROWTHS.map((_, g) => fitWidening(run(g), train, [1], false));
    const g = gaps.findIndex(
      (x) => x.gap === Math.min(...gaps.map((y) => y.gap)),
    );
    const held = idx.filter((i) => all[i]!.family === fam);
    return { fam, g, held: held.map((i) => [i, g] as [number, number]) };
  });
}

/**
 * Print the 8–27-day growth's LOFO section.
 *
 * @param cases - the shared cases
 */
export function youngWeeksSection(cases: readonly Case[]): void {
  const all = windows(cases);
  const idx = all.map((_, i) => i);
  console.log(
    `\n8–27 days (the last week repeated): ${all.length} windows, powers ${GROWTHS.join('/')}; cov80 / cov95 pooled, % of days above the 80 % bound (windows), per band of days ahead`,
  );
  const picks = folds(all, idx);
  for (const { fam, g, held } of picks) {
    console.log(bandLine(`fold ${fam} chose ${GROWTHS[g]}`, all, held));
  }
  const code = DEFAULT_SETTING.shortGrowth ?? 0.5;
  const at = (on: number[]) =>
    on.map((i) => [i, GROWTHS.indexOf(code)] as [number, number]);
  for (const fam of FAMILIES) {
    const mine = idx.filter((i) => all[i]!.family === fam);
    console.log(bandLine(`the code's, ${fam}`, all, at(mine)));
  }
  console.log(bandLine("the code's", all, at(idx)));
  console.log(
    bandLine(
      'LOFO',
      all,
      picks.flatMap((p) => p.held),
    ),
  );
  const chosen = median(picks.map((p) => GROWTHS[p.g]!));
  console.log(
    `production (median of the folds): ${chosen}; in the code: ${code}`,
  );
}
