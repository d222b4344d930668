import { describe, expect, it } from 'vitest';
import { describeChange } from '#lib/rules/describe-change';

/** An ask that changed and nothing else, from `from` to `to` ports. */
const askChange = (portBps: number, from: number, to: number) => ({
  key: 'Acme/LHR1/pni',
  isp: 'Acme',
  kinds: ['ask-changed' as const],
  severity: { from: 'critical' as const, to: 'critical' as const },
  orderBy: {},
  ask: {
    fromPorts: from,
    toPorts: to,
    fromBps: from * portBps,
    toBps: to * portBps,
  },
  growth: { from: 30, to: 30 },
});

describe('describeChange', () => {
  it('writes a changed ask as the pages and the email write rates', () => {
    // Prepare: 10 Gbps and 400 Gbps ports
    const changes = [askChange(10e9, 1, 2), askChange(400e9, 3, 4)];
    // Act
    const texts = changes.map(describeChange);
    // Assess
    expect(texts).toEqual([
      'ask 10.0 Gbps → 20.0 Gbps (1 → 2 ports)',
      'ask 1.20 Tbps → 1.60 Tbps (3 → 4 ports)',
    ]);
  });

  it('writes no ask as none, as the overview and the digest do, and one port as one', () => {
    // Prepare: an ask that appears, one that shrinks to a port, one that goes
    const changes = [
      askChange(100e9, 0, 1),
      askChange(100e9, 2, 1),
      askChange(100e9, 1, 0),
    ];
    // Act
    const texts = changes.map(describeChange);
    // Assess: before, 'ask 0 bps → 100 Gbps (0 → 1 ports)' on a bundle
    // new at watch, and '(2 → 1 ports)'
    expect(texts).toEqual([
      'ask none → 100 Gbps (1 port)',
      'ask 200 Gbps → 100 Gbps (2 → 1 port)',
      'ask 100 Gbps → none',
    ]);
  });
});
