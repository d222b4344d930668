/**
 * The Trino (Athena) functions our SQL uses that DuckDB lacks, defined as
 * DuckDB macros so that the same SQL text runs in both engines
 * (docs/architecture.md "Ports"). Only names DuckDB does not already have
 * are defined: a macro would shadow a built-in of the same name.
 *
 * `approx_percentile` becomes DuckDB's exact `quantile_cont` (linear
 * interpolation, Hyndman & Fan type 7): exact is affordable for one day
 * per query, and Athena's estimate stays within its documented error.
 * Trino's bitwise functions become DuckDB's operators and `bit_or`.
 *
 * @example
 * for (const sql of DUCKDB_MACROS) await connection.run(sql);
 */
export const DUCKDB_MACROS: readonly string[] = [
  'CREATE OR REPLACE MACRO approx_percentile(x, p) AS quantile_cont(x, p)',
  "CREATE OR REPLACE MACRO nan() AS CAST('NaN' AS DOUBLE)",
  "CREATE OR REPLACE MACRO infinity() AS CAST('Infinity' AS DOUBLE)",
  'CREATE OR REPLACE MACRO is_nan(x) AS isnan(x)',
  'CREATE OR REPLACE MACRO is_finite(x) AS isfinite(x)',
  'CREATE OR REPLACE MACRO is_infinite(x) AS isinf(x)',
  'CREATE OR REPLACE MACRO from_iso8601_date(s) AS CAST(s AS DATE)',
  'CREATE OR REPLACE MACRO bitwise_or_agg(x) AS bit_or(x)',
  'CREATE OR REPLACE MACRO bitwise_left_shift(x, n) AS (x << n)',
  'CREATE OR REPLACE MACRO bitwise_right_shift(x, n) AS (x >> n)',
  'CREATE OR REPLACE MACRO bitwise_and(x, y) AS (x & y)',
];

/**
 * DuckDB spellings that must never appear in the Trino SQL texts; tests
 * use this list to keep `lib/sql` portable to Athena.
 *
 * @example
 * DUCKDB_ONLY_FUNCTIONS.some((f) => sql.includes(f)); // false
 */
export const DUCKDB_ONLY_FUNCTIONS: readonly string[] = [
  'quantile_cont',
  'quantile_disc',
  'approx_quantile',
  'isnan(',
  'isfinite(',
  'isinf(',
  'strftime(',
  'epoch(',
  '::',
  'EXCLUDE',
  'bit_or(',
  '<<',
  '>>',
];
