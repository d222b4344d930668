import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderLevelCsv } from '#lib/report/render-level-csv';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';

/** groups.csv's and links.csv's rows with every series at `utilization`. */
function rowsAt(utilization: number) {
  const input = fixtureInput();
  const evaluations = EVALUATIONS.map((e) => ({
    ...e,
    utilization,
    ...(e.level === 'group' ? { severity: 'warning' as const } : {}),
  }));
  const files = renderLevelCsv({ ...input, evaluations });
  const rows = (path: string) =>
    parse(files.find((f) => f.path === path)!.body, {
      columns: true,
    }) as Record<string, string>[];
  return { groups: rows('groups.csv'), links: rows('links.csv') };
}

describe('renderLevelCsv: utilization beside its thresholds', () => {
  it('rounds down where four decimals would reach a threshold not reached', () => {
    // Act
    const { groups, links } = rowsAt(0.84996);

    // Assess: before, 0.85 beside a critical_threshold of 0.85 on a
    // warning row
    expect(groups[0]).toMatchObject({
      severity: 'warning',
      utilization: '0.8499',
      critical_threshold: '0.85',
    });
    expect(links.map((r) => r.utilization)).toContain('0.8499');
  });

  it('rounds as before away from a threshold', () => {
    // Act
    const { groups } = rowsAt(0.72346);

    // Assess
    expect(groups[0]?.utilization).toBe('0.7235');
  });
});
