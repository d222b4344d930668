import { describe, expect, it } from 'vitest';
import type { InventoryLink } from '#lib/domain/inventory';
import { batchByGroup } from '#lib/pipeline/batch-by-group';
import {
  BACKTEST_BATCH_GROUPS,
  BACKTEST_MAX_BATCHES,
} from '#lib/pipeline/run-backtest';

const link = (group: string, linkId = `${group}-1`) =>
  ({ linkId, isp: group.split('/')[0], group }) as InventoryLink;

describe('batchByGroup', () => {
  it('cuts the groups in code point order into batches of the size asked, keeping each group whole', () => {
    // Prepare
    const links = [
      link('b/1'),
      link('a/2'),
      link('a/1'),
      link('a/1', 'a/1-2'),
      link('C/1'),
    ];

    // Act
    const batches = batchByGroup(links, 2, 100);

    // Assess
    expect(
      batches.map((b) => [b.firstGroup, b.links.map((l) => l.linkId)]),
    ).toEqual([
      ['C/1', ['C/1-1', 'a/1-1', 'a/1-2']],
      ['a/2', ['a/2-1', 'b/1-1']],
    ]);
  });

  it('orders groups as SQL compares text, by code point, not by UTF-16 unit', () => {
    // Prepare: U+FF21 (Ａ) sorts before U+1F600 (😀) in UTF-8, after it in UTF-16
    const links = [link('\u{1F600}'), link('\uFF21')];

    // Act
    const batches = batchByGroup(links, 1, 100);

    // Assess
    expect(batches.map((b) => b.firstGroup)).toEqual(['\uFF21', '\u{1F600}']);
  });

  it('grows the batches rather than cut more than the most asked, as one UNLOAD writes at most 100 partitions', () => {
    // Prepare: 250 groups, 2 a batch would be 125 batches
    const links = Array.from({ length: 250 }, (_, i) =>
      link(`g/${String(i).padStart(3, '0')}`),
    );

    // Act
    const batches = batchByGroup(links, 2, 100);

    // Assess: 84 batches of 3 groups (the last of 1), every group once
    expect(batches).toHaveLength(84);
    expect(batches.map((b) => b.links.length)).toEqual([
      ...Array<number>(83).fill(3),
      1,
    ]);
    expect(batches.flatMap((b) => b.links)).toHaveLength(250);
    expect(batches[1]!.firstGroup).toBe('g/003');
  });

  it('keeps a batch within the 1,000 groups measured to fit the backtest Lambda up to 100,000 groups (about 400,000 links)', () => {
    // Prepare: 1,000 groups peaked at 964–1,037 MB of the Lambda's 1,769
    // (docs/benchmarks.md, 2026-12-04); 2,000 at 1,749 MB
    const fleet = (groups: number) =>
      Array.from({ length: groups }, (_, i) => link(`g/${i}`));
    const cut = (groups: number) =>
      batchByGroup(fleet(groups), BACKTEST_BATCH_GROUPS, BACKTEST_MAX_BATCHES);

    // Act
    const small = cut(20_000);
    const largest = cut(100_000);

    // Assess
    expect(new Set(small.map((b) => b.links.length))).toEqual(new Set([200]));
    expect(largest).toHaveLength(100);
    expect(new Set(largest.map((b) => b.links.length))).toEqual(
      new Set([1_000]),
    );
  });
});
