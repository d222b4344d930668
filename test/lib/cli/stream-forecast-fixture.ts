import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamForecast } from '#lib/cli/stream-forecast';

/** `days` CSV rows of series `id` from 2024-01-01: a sine wave on a slow rise. */
export function rows(id: string, days: number, phase: number) {
  return Array.from({ length: days }, (_, t) => {
    const ds = new Date(Date.UTC(2024, 0, 1) + t * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return `${id},${ds},${1e6 * (2 + Math.sin(t + phase)) * (1 + t / 400)}`;
  });
}

/** `text` as the input file of a fresh folder, and an output path there. */
export async function files(text: string | Uint8Array) {
  const dir = await mkdtemp(join(tmpdir(), 'headroom-stream-'));
  const input = join(dir, 'in.csv');
  await writeFile(input, text);
  return { input, output: join(dir, 'out.csv') };
}

/** The forecast options every test uses. */
export const OPTIONS = { horizon: 20, season: 7, levels: [80, 95] };
/** The command on `workers` workers, warnings ignored. */
export const inWorkers = (input: string, output: string, workers: number) =>
  streamForecast({ ...OPTIONS, input, output, workers, warn: () => {} });
/** The command on one worker, warnings ignored. */
export const inOneWorker = (input: string, output: string) =>
  inWorkers(input, output, 1);
/** 31 series: 30 of 120 to 149 days, one of 60 with a quoted id. */
export const TEXT = [
  'series_id,ds,y',
  ...Array.from({ length: 30 }, (_, k) => rows(`s${k}`, 120 + k, k)).flat(),
  ...rows('"quoted, id"', 60, 3),
  '',
].join('\n');
