import { describe, expect, it } from 'vitest';
import { StoreError } from '#lib/errors';
import { checkShardResult } from '#lib/pipeline/check-shard-result';
import {
  chartRow,
  FILE,
  RUN,
  result,
  sums,
} from './check-shard-result-fixture.ts';

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
});
