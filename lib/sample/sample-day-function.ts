import {
  DOUBLE,
  type DuckDBConnection,
  type DuckDBDataChunk,
  DuckDBTableFunction,
  type DuckDBVector,
  INTEGER,
} from '@duckdb/node-api';
import type { RowBuffer } from './row-buffer.ts';

/** Rows handed to DuckDB per call (its vector size). */
const CHUNK_ROWS = 2048;

/**
 * Registers a table function `name(day INTEGER)` whose scan generates the
 * day's rows into `rows` on its first call and then hands them to DuckDB
 * chunk by chunk, with columns `slot` (five-minute slots since the epoch),
 * `link` (link index), `out_bps`, `in_bps`, `capacity_bps`.
 *
 * @param connection - where to register it
 * @param name - the function's SQL name
 * @param rows - the buffer the day is generated into
 * @param generateDay - fills `rows` with one day
 * @returns nothing
 * @example
 * registerSampleDay(connection, 'sample_day_0', rows, (day) =>
 *   appendDayRows(generator, day, rows));
 * await connection.run('SELECT count(*) FROM sample_day_0(3)');
 */
export function registerSampleDay(
  connection: DuckDBConnection,
  name: string,
  rows: RowBuffer,
  generateDay: (day: number) => number,
): void {
  connection.registerTableFunction(
    DuckDBTableFunction.create({
      name,
      parameterTypes: [INTEGER],
      bindFunction: (info) => {
        info.addResultColumn('slot', INTEGER);
        info.addResultColumn('link', INTEGER);
        info.addResultColumn('out_bps', DOUBLE);
        info.addResultColumn('in_bps', DOUBLE);
        info.addResultColumn('capacity_bps', DOUBLE);
        info.setBindData({ day: info.getParameter(0) as number });
      },
      initFunction: (info) => info.setInitData({ next: -1 }),
      mainFunction: (info, output) => {
        const state = info.initData as { next: number };
        if (state.next < 0) {
          rows.clear();
          generateDay((info.bindData as { day: number }).day);
          state.next = 0;
        }
        const count = Math.min(CHUNK_ROWS, rows.length - state.next);
        output.rowCount = count;
        if (count > 0) fillChunk(output, rows, state.next, count);
        state.next += count;
      },
    }),
  );
}

function fillChunk(
  output: DuckDBDataChunk,
  rows: RowBuffer,
  from: number,
  count: number,
): void {
  const columns = [rows.slot, rows.link, rows.out, rows.in, rows.capacity];
  columns.forEach((values, c) => {
    const vector = output.getColumnVector(c) as DuckDBVector<number>;
    for (let i = 0; i < count; i++) vector.setItem(i, values[from + i]!);
    vector.flush();
  });
}
