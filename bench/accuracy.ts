/**
 * `npm run bench:accuracy [-- --models] [-- --write FILE]`: the engine on
 * the shared cases (`../shared/datasets/daily`, or `HEADROOM_DATASETS`;
 * 90 days, levels 80/95, period 7), scored as the datasets' scoring tool does, with
 * an honest leave-one-family-out (LOFO) protocol: every setting of
 * `SETTING_GRID` (and every interval widening of `WIDEN_GRID`) is chosen on
 * four families and scored on the fifth. Prints the choice of each fold,
 * the LOFO and in-sample figures per family beside the peers, and the
 * setting with the best mean LOFO rank (the production default).
 * `--models` adds each model alone.
 */
import { writeFileSync } from 'node:fs';
import {
  ALL_MODELS,
  DEFAULT_SETTING,
  type EngineSetting,
  forecastSeries,
  SETTING_GRID,
  WIDEN_GRID,
} from '#lib/forecast/index';
import { isoDay } from '#lib/forecast/parse-day';
import {
  type Case,
  cut,
  datasetsDir,
  FAMILIES,
  loadCases,
} from './accuracy/data.ts';
import {
  type Choice,
  choose,
  type SettingRun,
  scoreChoice,
} from './accuracy/lofo.ts';
import { loadPeer, PEERS } from './accuracy/peers.ts';
import { type CaseScore, scoreCase, summarize } from './accuracy/score.ts';
import { stepSection } from './accuracy/steps.ts';

const H = 90;
const LEVELS = [80, 95];
const BASE = Math.min(...WIDEN_GRID);
const pointOf = (s: EngineSetting) => s.id.split('/').slice(0, -1).join('/');

function forecastAll(
  cases: readonly Case[],
  setting: EngineSetting,
  models?: typeof ALL_MODELS,
) {
  return cases.map((c) =>
    forecastSeries(c.train, {
      horizon: H,
      levels: LEVELS,
      season: 7,
      setting,
      ...(models ? { candidates: models } : {}),
    }),
  );
}

function fmt(scores: readonly CaseScore[]): string {
  const s = summarize(scores);
  return `${s.mase.toFixed(3).padStart(7)} ${s.cov80.toFixed(1).padStart(5)} ${s.cov95.toFixed(1).padStart(5)} ${s.msis.toFixed(2).padStart(7)}`;
}

function table(
  cases: readonly Case[],
  columns: [string, Map<number, CaseScore>][],
) {
  console.log(
    `\n${'family'.padEnd(8)} cases ${columns.map(([n]) => n.padEnd(28)).join(' ')}`,
  );
  console.log(
    `${''.padEnd(14)} ${columns.map(() => '   MASE cov80 cov95   MSIS'.padEnd(28)).join(' ')}`,
  );
  for (const fam of [...FAMILIES, 'ALL'] as const) {
    const idx = cases.flatMap((c, i) =>
      fam === 'ALL' || c.family === fam ? [i] : [],
    );
    const cells = columns.map(([, m]) =>
      fmt(idx.map((i) => m.get(i)!)).padEnd(28),
    );
    console.log(
      `${fam.padEnd(8)} ${String(idx.length).padStart(5)} ${cells.join(' ')}`,
    );
  }
}

function describe(c: Choice): string {
  return `${c.point}/${c.scaleBy}, widen ${c.w80}/${c.w95}`;
}

function production(
  runs: SettingRun[],
  cases: readonly Case[],
  folds: ReturnType<typeof choose>[],
): Choice {
  const points = folds[0]!.ranking;
  const meanRank = (p: string) =>
    folds.reduce((a, f) => a + f.ranking.indexOf(p), 0) / folds.length + 1;
  const point = [...points].sort((a, b) => meanRank(a) - meanRank(b))[0]!;
  console.log(
    `\nmean LOFO rank of the point settings (1 = best): ${[...points]
      .sort((a, b) => meanRank(a) - meanRank(b))
      .map((p) => `${p} ${meanRank(p).toFixed(1)}`)
      .join(', ')}`,
  );
  const all = cases.map((_, i) => i);
  const inner = FAMILIES.map((f) => {
    const idx = all.filter((i) => cases[i]!.family !== f);
    return choose(
      runs.filter((r) => r.point === point),
      cases,
      idx,
      WIDEN_GRID,
    ).choice;
  });
  const scales = [...new Set(inner.map((c) => c.scaleBy))];
  const scaleBy = scales.sort(
    (a, b) =>
      inner.filter((c) => c.scaleBy === b).length -
      inner.filter((c) => c.scaleBy === a).length,
  )[0]!;
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const same = inner.filter((c) => c.scaleBy === scaleBy);
  return {
    point,
    scaleBy,
    w80: med(same.map((c) => c.w80)),
    w95: med(same.map((c) => c.w95)),
  };
}

function run(): void {
  const { dir, tried } = datasetsDir();
  if (dir === undefined) {
    console.log(
      `bench:accuracy skipped: the evaluation cases (daily/train.csv) are not in any of ${tried.join(', ')}; set HEADROOM_DATASETS to their folder.`,
    );
    return;
  }
  const cases = loadCases(dir);
  console.log(
    `${cases.length} cases from ${dir}, horizon ${H}, levels 80/95, period 7; ${SETTING_GRID.length} settings × widening ${WIDEN_GRID.join('/')}.`,
  );
  const all = cases.map((_, i) => i);
  const asMap = (cutList: ReturnType<typeof cut>[]) =>
    new Map(cutList.map((s, i) => [i, scoreCase(s)]));
  if (process.argv.includes('--models')) {
    table(
      cases,
      ALL_MODELS.map((m) => [
        m.name,
        asMap(
          forecastAll(cases, DEFAULT_SETTING, [m]).map((f, i) =>
            cut(cases[i]!, f),
          ),
        ),
      ]),
    );
  }
  const runs: SettingRun[] = SETTING_GRID.map((s) => {
    const t = performance.now();
    const fs = forecastAll(cases, { ...s, widen: { 80: BASE, 95: BASE } });
    process.stderr.write(
      `  ${s.id}: ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
    return {
      point: pointOf(s),
      scaleBy: s.scaleBy,
      base: BASE,
      cut: fs.map((f, i) => cut(cases[i]!, f)),
    };
  });
  const lofo = new Map<number, CaseScore>();
  const folds = FAMILIES.map((fam) => {
    const train = all.filter((i) => cases[i]!.family !== fam);
    const held = all.filter((i) => cases[i]!.family === fam);
    const fold = choose(runs, cases, train, WIDEN_GRID);
    for (const [i, s] of scoreChoice(runs, fold.choice, held)) lofo.set(i, s);
    console.log(
      `fold ${fam.padEnd(7)} chosen on the other four: ${describe(fold.choice)} (next: ${fold.ranking.slice(1, 3).join(', ')})`,
    );
    return fold;
  });
  const prod = production(runs, cases, folds);
  const inSample = choose(runs, cases, all, WIDEN_GRID).choice;
  console.log(
    `production default (best mean LOFO rank): ${describe(prod)}; in the code: ${DEFAULT_SETTING.id}, widen ${DEFAULT_SETTING.widen[80]}/${DEFAULT_SETTING.widen[95]}`,
  );
  console.log(
    `in-sample best (chosen on all five, optimistic): ${describe(inSample)}`,
  );
  const peers = PEERS.map((p): [string, Map<number, CaseScore>] => [
    `peer ${p}`,
    asMap(loadPeer(dir, p, cases)),
  ]);
  table(cases, [
    ['ENGINE LOFO', lofo],
    ['ENGINE production, in-sample', scoreChoice(runs, prod, all)],
    ['in-sample best', scoreChoice(runs, inSample, all)],
    ...peers,
  ]);
  stepSection(cases);
  const write = process.argv.indexOf('--write');
  if (write > 0) writeForecasts(process.argv[write + 1]!, cases);
}

function writeForecasts(file: string, cases: readonly Case[]) {
  const rows = ['series_id,ds,mean,lo80,hi80,lo95,hi95'];
  forecastAll(cases, DEFAULT_SETTING).forEach((f, k) => {
    const c = cases[k]!;
    const last = c.start + c.train.length - 1;
    f.mean.forEach((m, i) => {
      const b = [
        f.lower[80]![i],
        f.upper[80]![i],
        f.lower[95]![i],
        f.upper[95]![i],
      ];
      rows.push([c.id, isoDay(last + i + 1), m, ...b].join(','));
    });
  });
  writeFileSync(file, `${rows.join('\n')}\n`);
}

run();
