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

  it("places the links links.csv groups otherwise by their groups there, before inventory_links's", () => {
    // Act
    const sql = TEXTS.backtestSeriesSqlRegrouped;

    // Assess
    expect(sql).toContain(
      "LEFT JOIN (VALUES ('a2', 'Acme/LHR1/pni'),\n    ('o''1', 'O''Hare/ORD1/pni')) AS r (link_id, grp)\n    ON r.link_id = s.key",
    );
    expect(sql).toContain(
      "CASE WHEN s.level = 'link' THEN COALESCE(r.grp, i.grp) ELSE s.key END AS grp",
    );
    expect(sql).toContain(
      "(s.level = 'link' AND COALESCE(r.grp, i.grp) IS NOT NULL)",
    );
    expect(TEXTS.backtestSeriesSql).not.toContain('VALUES');
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
