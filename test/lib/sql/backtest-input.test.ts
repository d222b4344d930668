import { describe, expect, it } from 'vitest';
import { backtestSeriesSql } from '#lib/sql/backtest-input';
import { scansOf } from '#lib/sql/scans';
import { TEXTS, WINDOW } from './sql-texts-fixture.ts';

describe('backtestSeriesSql', () => {
  it("reads series_daily once and names each row's batch by its group against the next batch's first group, quotes doubled", () => {
    // Act
    const sql = TEXTS.backtestSeriesSql;

    // Assess
    expect(scansOf(sql, 'series_daily')).toBe(1);
    expect(sql).toContain(
      "CASE WHEN grp < 'O''Hare/ORD1/pni' THEN 'b0001' ELSE 'b0002' END AS batch\nFROM (",
    );
    expect(sql).toContain('LEFT JOIN inventory_links i ON i.link_id = s.key');
    expect(sql).toContain("WHERE grp >= 'Acme/LHR1/pni'");
  });

  it('refuses more batches than one Athena UNLOAD may write as partitions', () => {
    // Prepare
    const batches = Array.from({ length: 101 }, (_, i) => ({
      batch: `b${String(i + 1).padStart(4, '0')}`,
      firstGroup: `g/${String(i).padStart(3, '0')}`,
    }));

    // Act
    const attempt = () => backtestSeriesSql(WINDOW, batches);

    // Assess
    expect(attempt).toThrow('101 batches: one UNLOAD writes at most 100');
    expect(() =>
      backtestSeriesSql(WINDOW, batches.slice(0, 100)),
    ).not.toThrow();
  });
});
