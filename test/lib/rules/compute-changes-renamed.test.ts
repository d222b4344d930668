import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { computeChanges } from '#lib/rules/compute-changes';
import { group, RULE } from './compute-changes-fixture.ts';

/** The group's two links, as their evaluations name their group. */
const links = (key: string): Evaluation[] =>
  ['a1', 'a2'].map((id) => ({ ...group, level: 'link', key: id, group: key }));

const OLD = 'Acme/LHR1/pni';
const NEW = 'Acme Networks/LHR1/pni';

describe('computeChanges after a bundle renamed in links.csv', () => {
  it('keeps its held fall under its new key, and does not list it as new', () => {
    // Prepare: held at critical since 11-20 while the runs said watch;
    // on 11-23 the ISP is renamed (same links)
    const first = computeChanges(
      undefined,
      [
        { ...group, severity: 'critical', orderByDate: '2026-11-01' },
        ...links(OLD),
      ],
      '2026-11-19',
      RULE,
    );
    const held = computeChanges(
      { asOf: '2026-11-19', state: first.state },
      [
        { ...group, severity: 'watch', orderByDate: '2027-06-01' },
        ...links(OLD),
      ],
      '2026-11-20',
      RULE,
    );
    const renamed = { ...group, key: NEW, isp: 'Acme Networks' };

    // Act
    const after = computeChanges(
      { asOf: '2026-11-20', state: held.state },
      [
        { ...renamed, severity: 'watch', orderByDate: '2027-06-01' },
        ...links(NEW),
      ],
      '2026-11-23',
      RULE,
    );

    // Assess: read as a new group, it took the run's watch at once, and
    // notify sent "resolved" four days into the week its fall waits
    const state = after.state.find((t) => t.key === NEW)!;
    expect(state.severity).toBe('critical');
    expect(state.belowSince).toEqual({
      critical: '2026-11-20',
      warning: '2026-11-20',
    });
    expect(state.links).toEqual(['a1', 'a2']);
    expect(after.changes.filter((c) => c.kinds.includes('new'))).toEqual([]);
  });
});
