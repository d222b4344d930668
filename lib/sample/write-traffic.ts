import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { addDays } from '#lib/domain/dates';
import { appendDayRows, createDayGenerator } from './day-rows.ts';
import type { SamplePlan } from './plan-types.ts';
import { RowBuffer } from './row-buffer.ts';
import { registerSampleDay } from './sample-day-function.ts';

/**
 * Days written at the same time: while DuckDB encodes one day on its
 * threads, the JavaScript thread generates the next.
 */
const WRITERS = 2;
// The generator runs inside the scan; DuckDB only encodes Parquet, which
// needs little memory.
const DUCKDB_SETTINGS = { memory_limit: '512MB', threads: '2' };

const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * Writes one Parquet file per day, `DIR/dt=YYYY-MM-DD/part-0.parquet`,
 * with columns `ts` (TIMESTAMP, end of the 5-minute interval, UTC),
 * `link_id`, `out_bps`, `in_bps`, `capacity_bps`. Rows are produced by a
 * DuckDB table function that runs the generator, so no row is copied
 * through an intermediate table. Missing days get no folder.
 *
 * @param plan - the sample plan
 * @param dir - the `traffic/` folder
 * @param onDay - called after each day with days done and total
 * @returns the number of rows written
 * @example
 * await writeTraffic(plan, 'data/sample/lake/traffic', () => {});
 */
export async function writeTraffic(
  plan: SamplePlan,
  dir: string,
  onDay: (done: number, total: number) => void | Promise<void>,
): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:', DUCKDB_SETTINGS);
  const generator = createDayGenerator(plan);
  const names = plan.links.map((link) => quote(link.linkId)).join(', ');
  const setup = await instance.connect();
  await setup.run(`CREATE MACRO link_name(i) AS ([${names}])[i + 1]`);
  setup.closeSync();
  let nextDay = 0;
  let doneDays = 0;
  let total = 0;
  const worker = async (id: number): Promise<void> => {
    const connection = await instance.connect();
    try {
      const rows = new RowBuffer(plan.links.length * 300);
      const fn = `sample_day_${id}`;
      registerSampleDay(connection, fn, rows, (day) =>
        appendDayRows(generator, day, rows),
      );
      for (let day = nextDay++; day < plan.days; day = nextDay++) {
        const written = await writeDay(connection, fn, plan, dir, day);
        total += written;
        await onDay(++doneDays, plan.days);
      }
    } finally {
      connection.closeSync();
    }
  };
  try {
    await Promise.all(Array.from({ length: WRITERS }, (_, id) => worker(id)));
    return total;
  } finally {
    instance.closeSync();
  }
}

async function writeDay(
  connection: DuckDBConnection,
  fn: string,
  plan: SamplePlan,
  dir: string,
  day: number,
): Promise<number> {
  if (plan.missingDays.includes(day)) return 0;
  const folder = join(dir, `dt=${addDays(plan.firstDay, day)}`);
  await mkdir(folder, { recursive: true });
  const file = quote(join(folder, 'part-0.parquet'));
  // ts: five-minute slots since the epoch → TIMESTAMP (no time zone, UTC).
  const result = await connection.run(
    `COPY (SELECT epoch_ms(slot::BIGINT * 300000) AS ts,
        link_name(link) AS link_id, out_bps, in_bps, capacity_bps
      FROM ${fn}(${day})) TO ${file} (FORMAT parquet)`,
  );
  return Number(result.rowsChanged);
}
