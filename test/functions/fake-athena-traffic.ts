import { join } from 'node:path';
import type { QueryEngine } from '#lib/ports/query-engine';

/** The Glue table's columns and types (infra/stacks/lake-tables.ts). */
const GLUE_COLUMNS =
  'CAST(ts AS TIMESTAMP) AS ts, CAST(link_id AS VARCHAR) AS link_id, ' +
  'CAST(out_bps AS DOUBLE) AS out_bps, CAST(in_bps AS DOUBLE) AS in_bps, ' +
  'CAST(capacity_bps AS DOUBLE) AS capacity_bps, dt';

/** Every column of the table, typed and NULL: those no file has. */
const NO_ROW =
  'SELECT NULL::TIMESTAMP AS ts, NULL::VARCHAR AS link_id, ' +
  'NULL::DOUBLE AS out_bps, NULL::DOUBLE AS in_bps, ' +
  'NULL::DOUBLE AS capacity_bps, NULL::VARCHAR AS dt WHERE false';

/** The view standing for Athena's `traffic` table. */
export const GLUE_TRAFFIC = 'glue_traffic';

/**
 * Makes `glue_traffic`, the traffic table as Athena reads it over the
 * lake's files: each file's columns matched to the Glue table's by name
 * (in any case), a column the file lacks NULL. The local engine's own
 * `traffic` view is not Athena's: it checks each file's columns, which
 * Athena never does.
 *
 * A view over a glob finds new files by itself; one made before the
 * lake had a traffic file reads none, and is made again.
 *
 * @param engine - DuckDB over the copy of the lake
 * @param lakeDir - that copy's folder
 * @returns whether the view reads the lake's files (else: make it again)
 * @example
 * const made = await createGlueTraffic(duck, dir);
 */
export async function createGlueTraffic(
  engine: QueryEngine,
  lakeDir: string,
): Promise<boolean> {
  const glob = join(lakeDir, 'traffic', 'dt=*', '*.parquet');
  const [found] = await engine.query(
    `SELECT count(*) AS n FROM glob('${glob}')`,
  );
  const any = Number(found?.n) > 0;
  const files = any
    ? `(SELECT * FROM read_parquet('${glob}', hive_partitioning = true, ` +
      `hive_types = {'dt': VARCHAR}, union_by_name = true, ` +
      `binary_as_string = true)) UNION ALL BY NAME `
    : '';
  await engine.query(
    `CREATE OR REPLACE VIEW ${GLUE_TRAFFIC} AS SELECT ${GLUE_COLUMNS} ` +
      `FROM (${files}(${NO_ROW}))`,
  );
  return any;
}

/**
 * The statement as it runs on the stand-in: `traffic` read as Athena
 * reads it (`createGlueTraffic`).
 *
 * @param sql - the statement sent to Athena
 * @returns the statement reading `glue_traffic` for `traffic`
 * @example
 * onGlueTraffic('SELECT count(*) FROM traffic t'); // '… FROM glue_traffic t'
 */
export function onGlueTraffic(sql: string): string {
  return sql.replace(/\b(FROM|JOIN)(\s+)traffic\b/g, `$1$2${GLUE_TRAFFIC}`);
}
