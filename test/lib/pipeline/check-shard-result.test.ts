import { describe, expect, it } from 'vitest';
import { StoreError } from '#lib/errors';
import { checkShardResult } from '#lib/pipeline/check-shard-result';
import type { ShardResult } from '#lib/pipeline/shard-result';
import type { AccuracyRow } from '#lib/report/accuracy-row';
import { ACCURACY_ROW } from '../../fixtures/report/accuracy-row.ts';

const RUN = '2026-11-26T060000';
const FILE = `runs/${RUN}/shards/s0001/result.json`;
const sums = {
  level: 'isp',
  key: 'Acme',
  isp: 'Acme',
  horizonDays: 30,
  count: 2,
  absErrorPct: 40,
  errorPct: -20,
  bounded: 2,
  inside: 1,
  above: 1,
};
const chartRow: AccuracyRow = { ...ACCURACY_ROW, key: 'Acme', isp: 'Acme' };
const result = (accuracy: unknown) =>
  ({
    runId: RUN,
    shard: 's0001',
    series: 0,
    evaluations: [],
    accuracy,
  }) as unknown as ShardResult;

describe('checkShardResult', () => {
  it("accepts a shard's accuracy tally", () => {
    // Prepare
    const ok = result({ sums: [sums], chart: [chartRow] });

    // Act / Assess
    expect(() => checkShardResult(ok, RUN, 's0001')).not.toThrow();
  });

  it('names the file and the versions when a shard sent accuracy rows', () => {
    // Prepare: the shape a shard wrote before the tallies.
    const old = result([chartRow]);

    // Act
    const check = () => checkShardResult(old, RUN, 's0001');

    // Assess
    expect(check).toThrow(StoreError);
    expect(check).toThrow(
      `${FILE} holds accuracy rows, the shape a shard of an older Headroom wrote`,
    );
    expect(check).toThrow(
      /the shards and publish ran different versions; run again$/,
    );
  });

  it('names the versions when a shard sent sums without a count above the upper bound', () => {
    // Prepare: the sums a shard wrote before that count
    const { above: _, ...older } = sums;
    const old = result({ sums: [older], chart: [] });

    // Act
    const check = () => checkShardResult(old, RUN, 's0001');

    // Assess
    expect(check).toThrow(
      `${FILE} holds accuracy sums without a count above the upper bound, the shape a shard of an older Headroom wrote`,
    );
    expect(check).toThrow(
      /the shards and publish ran different versions; run again$/,
    );
  });

  it('names the versions when a shard sent sums without a count at the decision level', () => {
    // Prepare: the sums a shard wrote when it judged every past bound
    // against today's level
    const { bounded: _, ...older } = sums;
    const old = result({ sums: [older], chart: [] });

    // Act
    const check = () => checkShardResult(old, RUN, 's0001');

    // Assess
    expect(check).toThrow(
      `${FILE} holds accuracy sums without a count of points at the decision level, the shape a shard of an older Headroom wrote`,
    );
    expect(check).toThrow(
      /the shards and publish ran different versions; run again$/,
    );
  });

  it.each<[string, unknown, string]>([
    ['no tally', undefined, 'has no accuracy tally'],
    [
      'no chart list',
      { sums: [] },
      'has an accuracy tally without `sums` and `chart` lists',
    ],
    [
      'too many chart rows',
      { sums: [], chart: Array.from({ length: 2001 }, () => chartRow) },
      'has 2001 chart rows, more than 2000',
    ],
    [
      'sums without a count',
      { sums: [sums, { ...sums, count: undefined }], chart: [] },
      'has accuracy sums 1 that has no horizon or no count',
    ],
    [
      'more points inside than compared',
      { sums: [{ ...sums, inside: 3 }], chart: [] },
      'has accuracy sums 0 that has a count inside the interval out of range',
    ],
    [
      'more points at the decision level than compared',
      { sums: [{ ...sums, bounded: 3 }], chart: [] },
      'has accuracy sums 0 that has a count at the decision level out of range',
    ],
    [
      'more points inside than at the decision level',
      { sums: [{ ...sums, bounded: 0 }], chart: [] },
      'has accuracy sums 0 that has a count inside the interval out of range',
    ],
    [
      'more points inside and above than at the decision level',
      {
        sums: [
          { ...sums, bounded: 1, above: 0 },
          { ...sums, bounded: 1 },
        ],
        chart: [],
      },
      'has accuracy sums 1 that has a count above the interval out of range',
    ],
    [
      'a count above the upper bound that is not a count',
      { sums: [{ ...sums, above: -1 }], chart: [] },
      'has accuracy sums 0 that has a count above the interval out of range',
    ],
    [
      'more points inside and above than compared',
      { sums: [{ ...sums, inside: 2 }], chart: [] },
      'has accuracy sums 0 that has a count above the interval out of range',
    ],
    [
      'a chart row without its target date',
      { sums: [], chart: [{ ...chartRow, targetDate: undefined }] },
      'has accuracy chart row 0 that lacks a text',
    ],
  ])('refuses a tally with %s, naming the file', (_, accuracy, problem) => {
    // Act
    const check = () => checkShardResult(result(accuracy), RUN, 's0001');

    // Assess
    expect(check).toThrow(StoreError);
    expect(check).toThrow(`${FILE} ${problem}`);
  });
});
