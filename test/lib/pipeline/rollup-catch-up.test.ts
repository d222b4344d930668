import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { addDays } from '#lib/domain/dates';
import { rollupLake } from '#lib/pipeline/rollup';
import { fakeEngine } from '../../helpers/fake-engine.ts';
import { silentLog } from '../../helpers/rollup-fixture.ts';

const AS_OF = '2026-03-02';
/** A 60-day outage: every day before as-of is still to roll up. */
const OUTAGE = Array.from({ length: 60 }, (_, i) => addDays(AS_OF, i - 60));

describe('rollupLake catching up', () => {
  it('runs at most one Athena statement per ten catch-up days with the defaults', async () => {
    // Prepare
    const { engine, writes, counted } = fakeEngine(OUTAGE, () => undefined);
    const deps = { engine, log: silentLog, config: DEFAULT_CONFIG };

    // Act
    const summary = await rollupLake(deps, { asOf: AS_OF, links: [] });

    // Assess: two batches of ≤ 31 days, one UNLOAD per output each
    expect(summary.days).toEqual(OUTAGE);
    expect(writes.map((w) => w.length)).toEqual([31, 29]);
    expect(counted.statements).toBe(4);
    expect(counted.statements).toBeLessThanOrEqual(OUTAGE.length / 10);
  });
});
