/**
 * The tables of `bench/young-decisions.ts`: per length of the young lake
 * (and per band of lengths), "critical" scored against the full
 * history's, the false ones by cause, and "order now" against the
 * traffic that followed where it can be judged.
 */
import type { BacktestCase } from '#lib/domain/backtest';
import { daysBetween } from '#lib/domain/dates';

/** One group replayed young, beside its full-history replay. */
export interface YoungCase {
  readonly start: string;
  readonly n: number;
  readonly young: BacktestCase;
  readonly full: BacktestCase | undefined;
  /** The busiest day of the young window's last week, bps. */
  readonly topPeak: number;
  /** The critical threshold, e.g. 0.85. */
  readonly critical: number;
}

const BANDS = [
  [2, 7],
  [8, 13],
  [14, 20],
  [21, 27],
] as const;

const critical = (c: BacktestCase | undefined) => c?.severity === 'critical';

/** `over` when its last week already reaches critical, else `bound`. */
function causeOf(c: YoungCase): 'over' | 'bound' {
  return c.young.alreadyCritical ? 'over' : 'bound';
}

function f1Of(tp: number, fp: number, fn: number): string {
  const p = tp + fp > 0 ? tp / (tp + fp) : Number.NaN;
  const r = tp + fn > 0 ? tp / (tp + fn) : Number.NaN;
  const f = (2 * p * r) / (p + r);
  const s = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  –  ');
  return `${s(p)} ${s(r)} ${s(f)}`;
}

/** Precision, recall, F1 of "order now" against the crossings that followed. */
function judged(cases: readonly BacktestCase[]): string {
  const count = (o: string) => cases.filter((c) => c.outcome === o).length;
  const [tp, fp, fn] = ['true-positive', 'false-positive', 'false-negative'];
  const scored = cases.filter((c) => c.outcome !== 'open').length;
  return `${f1Of(count(tp!), count(fp!), count(fn!))} (${scored})`;
}

function line(name: string, cases: readonly YoungCase[]): string {
  const yes = cases.filter((c) => critical(c.young));
  const tp = yes.filter((c) => critical(c.full)).length;
  const fp = yes.length - tp;
  const fn = cases.filter((c) => !critical(c.young) && critical(c.full)).length;
  const over = yes.filter((c) => !critical(c.full) && causeOf(c) === 'over');
  const fullOf = (s: string) =>
    yes.filter((c) => !critical(c.full) && c.full?.severity === s).length;
  return [
    name.padEnd(6),
    `${tp}/${tp + fn}`.padStart(8),
    String(fp).padStart(5),
    f1Of(tp, fp, fn),
    `${over.length}/${fp - over.length}`.padStart(9),
    `${fullOf('warning')}/${fullOf('watch')}/${fullOf('ok')}`.padStart(9),
    judged(cases.map((c) => c.young)).padStart(24),
    judged(cases.flatMap((c) => c.full ?? [])).padStart(24),
  ].join('  ');
}

/**
 * Prints the table (with `lengths`, a line per length before the bands'),
 * and with `list` every false critical.
 *
 * @param cases - every young replay
 * @param show - a line per length; the false criticals listed
 * @example
 * printYoungDecisions(cases, { lengths: true, list: false });
 */
export function printYoungDecisions(
  cases: readonly YoungCase[],
  show: { readonly lengths: boolean; readonly list: boolean },
): void {
  console.log(
    'days    caught  false  prec  recall F1     over/bound  full w/wa/ok' +
      '   order now vs traffic: young P R F1 (n)   full history P R F1 (n)',
  );
  const lengths = show.lengths ? [...new Set(cases.map((c) => c.n))] : [];
  for (const n of lengths) {
    console.log(
      line(
        String(n),
        cases.filter((c) => c.n === n),
      ),
    );
  }
  for (const [lo, hi] of BANDS) {
    const band = cases.filter((c) => c.n >= lo && c.n <= hi);
    if (band.length > 0) console.log(line(`${lo}–${hi}`, band));
  }
  console.log(line('all', cases));
  if (show.list) listFalse(cases);
}

function listFalse(cases: readonly YoungCase[]): void {
  console.log('\nstart       days  group  full  cause  top  critical↑  lead');
  for (const c of cases) {
    if (!critical(c.young) || critical(c.full)) continue;
    const y = c.young;
    const top = c.topPeak / (y.capacityBps ?? Number.NaN);
    const upper = y.criticalDateUpper;
    console.log(
      `${c.start}  ${String(c.n).padStart(3)}  ${y.group}  ` +
        `${c.full?.severity ?? '–'}  ${causeOf(c)}  ` +
        `${(100 * top).toFixed(1)} %  crit↑ ${upper ?? '–'} ` +
        `(+${upper ? daysBetween(y.asOf, upper) : '–'} d)  ` +
        `lead ${y.leadTimeDays}  ${y.outcome}`,
    );
  }
}
