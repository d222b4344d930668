import { describe, expect, it } from 'vitest';
import { batchByIsp } from '#lib/pipeline/batch-by-isp';

describe('batchByIsp', () => {
  it('keeps whole ISPs together and starts a batch when one is full', () => {
    // Prepare
    const link = (isp: string, group: string) =>
      ({ isp, group }) as Parameters<typeof batchByIsp>[0][number];
    const links = [
      link('B', 'B/1'),
      link('A', 'A/1'),
      link('A', 'A/2'),
      link('C', 'C/1'),
    ];

    // Act
    const batches = batchByIsp(links, 2);

    // Assess
    expect(batches.map((b) => b.map((l) => l.group))).toEqual([
      ['A/1', 'A/2'],
      ['B/1', 'C/1'],
    ]);
  });
});
