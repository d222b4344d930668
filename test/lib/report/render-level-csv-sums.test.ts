import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { type Row, read } from './render-level-csv-fixture.ts';

const sum = (rows: readonly Row[], column: string) =>
  rows.reduce((s, r) => s + Number(r[column] || 0), 0);

/** A second member link, so the group's links add up to its capacity. */
const SECOND_LINK: Evaluation = {
  ...EVALUATIONS.find((e) => e.level === 'link')!,
  key: 'lhr1-acme-pni-2',
  lastPeakBps: 76e9,
  capacityBps: 100e9,
};

/** Gives the critical group a second planned augment. */
const twoAugments = (e: Evaluation): Evaluation =>
  e.level === 'group' && e.plannedAugments.length > 0
    ? {
        ...e,
        plannedAugments: [
          ...e.plannedAugments,
          { ...e.plannedAugments[0]!, reference: 'CHG-2', addedBps: 50e9 },
        ],
      }
    : e;

describe('renderLevelCsv', () => {
  it('sums consistently across levels', () => {
    // Prepare
    const input = fixtureInput({
      evaluations: [...EVALUATIONS.map(twoAugments), SECOND_LINK],
    });
    // Act
    const csv = read(input);
    const groups = csv['groups.csv']!;
    // Assess: the ISPs' asks are their groups' asks, in total and per ISP
    expect(sum(csv['isps.csv']!, 'ask_bps')).toBe(sum(groups, 'ask_bps'));
    expect(sum(csv['isps.csv']!, 'ask_gbps')).toBeCloseTo(
      sum(groups, 'ask_gbps'),
      6,
    );
    for (const isp of csv['isps.csv']!) {
      const mine = groups.filter((g) => g.isp === isp.isp);
      expect(Number(isp.ask_bps)).toBe(sum(mine, 'ask_bps'));
      expect(Number(isp.groups)).toBe(mine.length);
    }
    // one planned augment per row, summing to the groups' planned capacity
    expect(sum(csv['augments.csv']!, 'added_bps')).toBe(
      sum(groups, 'planned_add_bps'),
    );
    expect(csv['augments.csv']).toHaveLength(2);
    // a group's member links add up to its capacity
    const lhr = groups.find((g) => g.group === 'Acme Telecom/LHR1/pni')!;
    const members = csv['links.csv']!.filter((l) => l.group === lhr.group);
    expect(sum(members, 'capacity_bps')).toBe(Number(lhr.capacity_bps));
  });

  it("leaves an ISP's ask in ports empty where its groups ask for ports of different sizes", () => {
    // Prepare: Acme's FRA2 transit asks for one 10 G port, LHR1 for two 100 G
    const tenG = (e: Evaluation): Evaluation =>
      e.key === 'Acme Telecom/FRA2/transit'
        ? { ...e, portBps: 10e9, recommendedAddBps: 10e9, recommendedPorts: 1 }
        : e;
    // Act
    const same = read();
    const mixed = read(fixtureInput({ evaluations: EVALUATIONS.map(tenG) }));
    // Assess: 3 ports of 100 G; 2 of 100 G and 1 of 10 G are not 3 ports
    const acme = (csv: Record<string, Row[]>) =>
      csv['isps.csv']!.find((r) => r.isp === 'Acme Telecom')!;
    expect(acme(same)).toMatchObject({ ask_ports: '3', ask_gbps: '300' });
    expect(acme(mixed)).toMatchObject({ ask_ports: '', ask_gbps: '210' });
  });

  it("flags an ISP whose figures are its bundles' sums, with links.csv's bundles beside them, and no other", () => {
    // Prepare: Globex's own series not forecast, its one bundle summed of
    // the 3 links.csv gives it
    const input = fixtureInput();
    const isps = input.isps.map((s) =>
      s.isp === 'Globex'
        ? {
            ...s,
            partial: { groups: 1, inventoryGroups: 3 },
          }
        : s,
    );

    // Act
    const rows = read({ ...input, isps })['isps.csv']!;

    // Assess
    const columns = ['partial', 'inventory_groups'];
    const flags = rows.map((r) => [r.isp, ...columns.map((c) => r[c])]);
    expect(flags).toEqual([
      ['Acme Telecom', 'false', ''],
      ['Globex', 'true', '3'],
      ['Initech', 'false', ''],
    ]);
    expect(Object.keys(rows[0]!).slice(-2)).toEqual(columns);
  });
});
