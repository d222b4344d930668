/** The per-family table `bench:accuracy` prints. */
import { type Case, FAMILIES } from './data.ts';
import { type CaseScore, summarize } from './score.ts';

/**
 * MASE, coverage 80/95, MSIS and the days above the upper bounds (10 % and
 * 2.5 % when calibrated) of `scores`, in fixed-width columns.
 */
function fmt(scores: readonly CaseScore[]): string {
  const s = summarize(scores);
  return `${s.mase.toFixed(3).padStart(7)} ${s.cov80.toFixed(1).padStart(5)} ${s.cov95.toFixed(1).padStart(5)} ${s.msis.toFixed(2).padStart(7)} ${s.over80.toFixed(1).padStart(5)} ${s.over95.toFixed(1).padStart(4)}`;
}

/** Prints one row per family (and ALL) with a column per scored run. */
export function table(
  cases: readonly Case[],
  columns: [string, Map<number, CaseScore>][],
) {
  console.log(
    `\n${'family'.padEnd(8)} cases ${columns.map(([n]) => n.padEnd(39)).join(' ')}`,
  );
  console.log(
    `${''.padEnd(14)} ${columns.map(() => '   MASE cov80 cov95   MSIS >up80 >up95'.padEnd(39)).join(' ')}`,
  );
  for (const fam of [...FAMILIES, 'ALL'] as const) {
    const idx = cases.flatMap((c, i) =>
      fam === 'ALL' || c.family === fam ? [i] : [],
    );
    const cells = columns.map(([, m]) =>
      fmt(idx.map((i) => m.get(i)!)).padEnd(39),
    );
    console.log(
      `${fam.padEnd(8)} ${String(idx.length).padStart(5)} ${cells.join(' ')}`,
    );
  }
}
