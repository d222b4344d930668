/** The peers' forecasts of the cases (`daily/peers/<model>.csv`), cut for scoring. */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { type Case, cut, type Scored } from './data.ts';

/** Peer models of PEERS.md. */
export const PEERS = ['snaive', 'ets', 'arima', 'theta', 'prophet'] as const;

/**
 * One peer's forecasts, cut to the test days of each case.
 *
 * @param dir - datasets folder
 * @param model - peer name
 * @param cases - the cases
 * @returns cut forecasts in case order
 */
export function loadPeer(
  dir: string,
  model: string,
  cases: readonly Case[],
): Scored[] {
  const rows = parse(
    readFileSync(`${dir}/daily/peers/${model}.csv`, 'utf8'),
  ) as string[][];
  const byId = new Map<string, number[][]>();
  for (const r of rows.slice(1)) {
    const list = byId.get(r[0]!) ?? [];
    list.push(r.slice(2, 7).map(Number));
    byId.set(r[0]!, list);
  }
  return cases.map((c) => {
    const v = byId.get(c.id) ?? [];
    const col = (k: number) => v.map((x) => x[k]!);
    return cut(c, {
      mean: col(0),
      lower: { 80: col(1), 95: col(3) },
      upper: { 80: col(2), 95: col(4) },
    });
  });
}
