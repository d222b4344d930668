/**
 * `npx tsx bench/forecast-hash.ts`: a sha256 of every number and string
 * the engine returns (mean, bounds per level, model, backtest summary,
 * cleaned points, warnings, step) for 300 synthetic series (seeds 1–300,
 * 730 days, horizon 365, levels 80/95) and for the shared cases under the
 * default setting; a speed change must leave both hashes unchanged.
 */
import { createHash, type Hash } from 'node:crypto';
import { DEFAULT_SETTING, forecastSeries } from '#lib/forecast/index';
import { datasetsDir, loadCases } from './accuracy/data.ts';
import { forecastAll } from './accuracy/forecast-all.ts';
import { synthetic } from './synthetic.ts';

const bits = new Float64Array(1);

function feed(hash: Hash, value: unknown): void {
  if (typeof value === 'number') {
    bits[0] = value;
    hash.update(new Uint8Array(bits.buffer));
  } else if (typeof value === 'string' || typeof value === 'boolean') {
    hash.update(`${typeof value}:${value};`);
  } else if (value === undefined || value === null) {
    hash.update(`${value};`);
  } else if (Array.isArray(value)) {
    hash.update(`[${value.length}`);
    for (const v of value) feed(hash, v);
    hash.update(']');
  } else {
    for (const [k, v] of Object.entries(value as object)) {
      hash.update(`${k}=`);
      feed(hash, v);
    }
  }
}

function syntheticHash(): string {
  const hash = createHash('sha256');
  for (let seed = 1; seed <= 300; seed += 1) {
    feed(
      hash,
      forecastSeries(synthetic(seed, 730), { horizon: 365, levels: [80, 95] }),
    );
  }
  return hash.digest('hex');
}

function casesHash(): string {
  const { dir, tried } = datasetsDir();
  if (dir === undefined) return `no datasets (tried ${tried.join(', ')})`;
  const hash = createHash('sha256');
  for (const f of forecastAll(loadCases(dir), DEFAULT_SETTING)) feed(hash, f);
  return hash.digest('hex');
}

console.log(`synthetic ${syntheticHash()}`);
console.log(`cases     ${casesHash()}`);
