import { describe, expect, it } from 'vitest';
import { oversizedText } from '#lib/report/oversized-text';

describe('oversizedText', () => {
  it('names two links in the plural, each with its capacity and its peak', () => {
    // Prepare
    const oversizedLinks = [
      { linkId: 'a1', capacityBps: 10e12, peakBps: 4.2e9, days: 365 },
      { linkId: 'b1', capacityBps: 100e9, peakBps: 0.31e9, days: 200 },
    ];

    // Act
    const text = oversizedText({ oversizedLinks });

    // Assess
    expect(text).toEqual({
      head:
        '2 links whose highest daily peak of the last year stayed under 1% ' +
        'of their capacity in links.csv, so they never near a threshold',
      detail:
        ': check the capacity_bps written (bps for Gbps, a 100G port for a 10G one)',
      items: [
        'a1 (capacity 10.0 Tbps, peak 4.20 Gbps)',
        'b1 (capacity 100 Gbps, peak 310 Mbps)',
      ],
    });
    expect(oversizedText({})).toBeUndefined();
  });
});
