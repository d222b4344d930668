import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { renderIndex } from '#lib/report/render-index';
import { INITECH_AMS1 } from '../../fixtures/report/report-groups.ts';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { tableCells, text } from './render-report-fixture.ts';

/** Initech's AMS1 cache, which a what-if has wholly down today. */
const DOWN: Evaluation = {
  ...INITECH_AMS1,
  capacityBps: 0,
  utilization: Number.POSITIVE_INFINITY,
  severity: 'watch',
  outages: [{ from: '2026-11-26', until: '2026-12-03' }],
};

describe('the overview of a what-if with a bundle down today', () => {
  it('lists it as an outage with no order, and does not count it above warning now', () => {
    // Prepare
    const evaluations = EVALUATIONS.map((e) =>
      e.key === INITECH_AMS1.key ? DOWN : e,
    );

    // Act
    const html = renderIndex(fixtureInput({ evaluations }));

    // Assess: the fixture's one bundle over warning, not two (before, its
    // infinite utilization counted)
    expect(text(html).match(/(\d+) above warning now/)?.[1]).toBe('1');
    const row = tableCells(html, 'action-table').find((c) =>
      c.includes('Initech'),
    );
    expect(row?.slice(0, 4)).toEqual([
      'watch',
      'no order what-if outage from 2026-11-26 until 2026-12-03: no augment fixes it',
      'Initech',
      'AMS1 cache',
    ]);
  });
});
