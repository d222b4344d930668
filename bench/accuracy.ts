/**
 * `npx tsx bench/accuracy.ts [--write FILE]`: the engine on the rolling-origin
 * cases of `../shared/datasets/daily` (90 days, levels 80/95, period 7),
 * scored exactly as `tools/score.py`, per family and overall, for each model
 * family alone and for the engine's choice, beside the peers of PEERS.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  ALL_MODELS,
  type Forecaster,
  forecastSeries,
} from '#lib/forecast/index';
import { isoDay, seriesFromRecords } from '#lib/forecast/long-series';
import { coverage, mase, maseScale, msis, smape } from '#lib/forecast/metrics';

const DATA = process.env.HEADROOM_DATASETS ?? resolve(import.meta.dirname, '../../../shared/datasets');
const H = 90;
const LEVELS = [80, 95];
type Case = {
  id: string;
  train: number[];
  start: number;
  scale: number;
  test: Map<number, number>;
};
type Score = {
  mase: number;
  smape: number;
  in80: number;
  in95: number;
  h: number;
  msis: number;
};

function load(): Case[] {
  const read = (f: string) =>
    parse(readFileSync(`${DATA}/daily/${f}`, 'utf8')) as string[][];
  const trainRows = read('train.csv');
  const testRows = read('test.csv');
  const rowsById = new Map<string, [string, number][]>();
  for (const [id, ds, y] of trainRows.slice(1)) {
    const list = rowsById.get(id!) ?? [];
    list.push([ds!, y === '' ? Number.NaN : Number(y)]);
    rowsById.set(id!, list);
  }
  const tests = new Map(
    seriesFromRecords(testRows, 'test.csv').map((s) => [s.id, s]),
  );
  return seriesFromRecords(trainRows, 'train.csv').map((s) => {
    const raw = rowsById.get(s.id)!.sort((a, b) => a[0].localeCompare(b[0]));
    const t = tests.get(s.id)!;
    const test = new Map<number, number>();
    t.values.forEach((y, i) => {
      if (Number.isFinite(y)) test.set(t.start + i, y);
    });
    const scale = maseScale(
      raw.map((r) => r[1]),
      7,
    );
    return { id: s.id, train: [...s.values], start: s.start, scale, test };
  });
}

function scoreCase(c: Case, f: ReturnType<typeof forecastSeries>): Score {
  const first = c.start + c.train.length;
  const idx = [...c.test.keys()].map((d) => d - first);
  const y = [...c.test.values()];
  const pick = (a: readonly number[]) => idx.map((i) => a[i]!);
  const m = pick(f.mean);
  const [l8, u8, l9, u9] = [
    f.lower[80]!,
    f.upper[80]!,
    f.lower[95]!,
    f.upper[95]!,
  ].map(pick);
  return {
    mase: mase(y, m, c.scale),
    smape: smape(y, m),
    h: y.length,
    in80: coverage(y, l8!, u8!) * y.length,
    in95: coverage(y, l9!, u9!) * y.length,
    msis: msis(y, l9!, u9!, c.scale),
  };
}

const family = (id: string) => {
  const s = id.split('@')[0]!;
  return s.startsWith('wiki') ? 'wiki' : s.startsWith('lte') ? 'lte' : s;
};
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k]! : (s[k - 1]! + s[k]!) / 2;
};

function summary(scores: Score[]): string {
  const h = scores.reduce((a, s) => a + s.h, 0);
  const fin = (xs: number[]) => xs.filter(Number.isFinite);
  const ms = fin(scores.map((s) => s.mase));
  const cells = [avg(ms), med(ms), avg(scores.map((s) => s.smape))].map((x) =>
    x.toFixed(3).padStart(7),
  );
  const cov = [80, 95].map((l) =>
    ((100 * scores.reduce((a, s) => a + (l === 80 ? s.in80 : s.in95), 0)) / h)
      .toFixed(1)
      .padStart(6),
  );
  return `${cells.join(' ')} ${cov.join(' ')} ${avg(
    fin(scores.map((s) => s.msis)),
  )
    .toFixed(3)
    .padStart(8)}`;
}

function peerTable(): Map<string, Map<string, string>> {
  const text = readFileSync(`${DATA}/PEERS.md`, 'utf8');
  const out = new Map<string, Map<string, string>>();
  const names = ['snaive', 'ets', 'arima', 'theta', 'prophet'];
  for (const line of text
    .split('\n')
    .filter(
      (l) =>
        l.startsWith('| ') &&
        !l.startsWith('| family') &&
        !l.startsWith('| ---'),
    )) {
    const cells = line
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean);
    if (cells.length < 13) continue;
    const row = new Map(
      names.map((n, i) => [n, `${cells[2 + i]} (${cells[8 + i]})`]),
    );
    const fam = cells[0]!;
    out.set(fam === 'ALL' ? 'ALL' : fam, row);
  }
  return out;
}

function run(): void {
  if (!existsSync(`${DATA}/daily/train.csv`)) {
    console.log(
      `bench:accuracy skipped: ${DATA}/daily/train.csv is absent (the evaluation data live outside the repository).`,
    );
    return;
  }
  const cases = load();
  const engines: [string, readonly Forecaster[] | undefined][] = [
    ...(process.argv.includes('--engine-only') ? [] : ALL_MODELS).map(
      (m): [string, Forecaster[]] => [m.name, [m]],
    ),
    ['ENGINE', undefined],
  ];
  const write = process.argv.indexOf('--write');
  const fams = [...new Set(cases.map((c) => family(c.id)))].sort();
  const peers = peerTable();
  console.log(
    `${cases.length} cases, horizon ${H}, levels 80/95, period 7. Columns: MASE mean, median, sMAPE%, cov80%, cov95%, MSIS95`,
  );
  const chosen = new Map<string, number>();
  for (const [name, candidates] of engines) {
    const rows: string[][] = [
      ['series_id', 'ds', 'mean', 'lo80', 'hi80', 'lo95', 'hi95'],
    ];
    const scores = cases.map((c) => {
      const f = forecastSeries(c.train, {
        horizon: H,
        levels: LEVELS,
        season: 7,
        ...(candidates ? { candidates } : {}),
      });
      if (!candidates) chosen.set(f.model, (chosen.get(f.model) ?? 0) + 1);
      const last = c.start + c.train.length - 1;
      f.mean.forEach((m, i) => {
        rows.push([
          c.id,
          isoDay(last + i + 1),
          ...[
            m,
            f.lower[80]![i]!,
            f.upper[80]![i]!,
            f.lower[95]![i]!,
            f.upper[95]![i]!,
          ].map(String),
        ]);
      });
      return { fam: family(c.id), s: scoreCase(c, f) };
    });
    console.log(`\n== ${name}`);
    for (const fam of [...fams, 'ALL']) {
      const sel = scores
        .filter((x) => fam === 'ALL' || x.fam === fam)
        .map((x) => x.s);
      const p = peers.get(fam);
      console.log(
        `${fam.padEnd(20)} ${String(sel.length).padStart(3)} ${summary(sel)}   peers MASE (cov80/95): ${p ? [...p].map(([k, v]) => `${k} ${v}`).join(', ') : '-'}`,
      );
    }
    if (write > 0 && !candidates)
      writeFileSync(
        process.argv[write + 1]!,
        rows.map((r) => r.join(',')).join('\n'),
      );
  }
  console.log(
    '\nengine choices:',
    [...chosen].map(([k, v]) => `${k}:${v}`).join(' '),
  );
}

run();
