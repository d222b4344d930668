import { describe, expect, it } from 'vitest';
import { withAsns } from '#lib/pipeline/summary-asns';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

describe('withAsns: a shard result from before asns', () => {
  it("gives its one asn as the ISP's ASNs, so its page still names it", () => {
    // Prepare: the summary as a shard of the previous code wrote it
    const { asns: _, ...summary } = fixtureInput().isps[0]!;

    // Act
    const read = withAsns({ ...summary, asn: 64502 });

    // Assess
    expect(read.asns).toEqual([64502]);
    expect(read).not.toHaveProperty('asn');
  });

  it("keeps a new shard's ASNs", () => {
    // Prepare / Act
    const read = withAsns({ ...fixtureInput().isps[0]!, asns: [1, 2] });

    // Assess
    expect(read.asns).toEqual([1, 2]);
  });
});
