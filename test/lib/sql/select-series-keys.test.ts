import { describe, expect, it } from 'vitest';
import { DUCKDB_ONLY_FUNCTIONS } from '#lib/sql/duckdb-macros';
import { selectSeriesKeysSql } from '#lib/sql/select-series-keys';

const WINDOW = {
  from: '2025-01-01',
  to: '2026-01-01',
  level: 'group' as const,
};

describe('selectSeriesKeysSql', () => {
  it('reads only the given keys of one level, quoting each key', () => {
    // Prepare
    const keys = ['Acme/LHR1/pni', "O'Hare Net/ORD1/ix"];

    // Act
    const sql = selectSeriesKeysSql({ ...WINDOW, keys });

    // Assess
    expect(sql).toContain("AND level = 'group'");
    expect(sql).toContain(
      "AND key IN ('Acme/LHR1/pni', 'O''Hare Net/ORD1/ix')",
    );
    expect(sql).toContain("WHERE dt >= '2025-01-01'\n  AND dt < '2026-01-01'");
    expect(
      DUCKDB_ONLY_FUNCTIONS.filter((f) =>
        sql.toLowerCase().includes(f.toLowerCase()),
      ),
    ).toEqual([]);
  });

  it('matches nothing when no key is given', () => {
    // Act
    const sql = selectSeriesKeysSql({ ...WINDOW, keys: [] });

    // Assess
    expect(sql).toContain("AND key IN ('')");
  });

  it('rejects a window day that is not YYYY-MM-DD', () => {
    // Act
    const attempt = () =>
      selectSeriesKeysSql({ ...WINDOW, from: "2025' OR '1'='1", keys: [] });

    // Assess
    expect(attempt).toThrow(/field 'from' must be a YYYY-MM-DD day/);
  });
});
