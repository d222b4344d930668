import { describe, expect, it } from 'vitest';
import type { InventoryLink } from '#lib/domain/inventory';
import { batchByGroup } from '#lib/pipeline/batch-by-group';

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
    const batches = batchByGroup(links, 2);

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
    const batches = batchByGroup(links, 1);

    // Assess
    expect(batches.map((b) => b.firstGroup)).toEqual(['\uFF21', '\u{1F600}']);
  });
});
