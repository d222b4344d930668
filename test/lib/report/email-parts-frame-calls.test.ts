import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { type PartFrame, packParts } from '#lib/report/email-parts';
import { FRA2_IX } from '../../fixtures/rules/email-evaluations.ts';
import { FRAMES } from './email-parts-property-fixture.ts';

describe('packParts against the greedy packing', () => {
  it('calls the frame on at most 2 n log2 n groups, not on every group so far for each block', () => {
    // Prepare: 2,000 bundles of as many ISPs, in parts of hundreds
    const calls = { groups: 0 };
    const frame = FRAMES.resolved!;
    const counted: PartFrame<Evaluation> = {
      ...frame,
      footer: (m) => {
        calls.groups += m.length;
        return frame.footer(m);
      },
    };
    const blocks = Array.from({ length: 2000 }, (_, i) => {
      const isp = `Regional Broadband and Fibre Cooperative number ${i} GmbH`;
      const g = { ...FRA2_IX, isp, key: `${isp}/FRA2/ix` };
      return { text: `- ${g.key}: now watch.\n`, groups: [g] };
    });

    // Act
    const parts = packParts(counted, blocks);

    // Assess: before, 702,815 groups passed: all the part's for each block
    expect(parts).toHaveLength(3);
    expect(calls.groups).toBeLessThanOrEqual(
      2 * blocks.length * Math.log2(blocks.length),
    );
  });
});
