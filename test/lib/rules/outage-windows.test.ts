import { describe, expect, it } from 'vitest';
import { allDown, linkOutages } from '#lib/rules/outage-windows';
import { LINK_A, LINK_B } from './series-fixture.ts';

describe('linkOutages', () => {
  it('joins the overlapping and touching outages of a link, and keeps the others apart', () => {
    // Prepare: LHR1 down 10..17, a down 5..10 and 15..20, a down 25 on
    const site = { kind: 'site-down', site: 'LHR1' } as const;
    const a = { kind: 'link-down', linkId: LINK_A.linkId } as const;
    const events = [
      { ...site, from: '2026-12-10', until: '2026-12-17' },
      { ...a, from: '2026-12-05', until: '2026-12-10' },
      { ...a, from: '2026-12-15', until: '2026-12-20' },
      { ...a, from: '2026-12-25' },
      { ...a, from: '2026-12-27', until: '2026-12-30' },
    ];

    // Act
    const outages = linkOutages([LINK_A, LINK_B], events);

    // Assess
    expect(Object.fromEntries(outages)).toEqual({
      [LINK_A.linkId]: [
        { from: '2026-12-05', until: '2026-12-20' },
        { from: '2026-12-25' },
      ],
      [LINK_B.linkId]: [{ from: '2026-12-10', until: '2026-12-17' }],
    });
  });

  it('leaves out the links no event takes down', () => {
    // Prepare
    const events = [
      { kind: 'site-down', site: 'AMS1', from: '2026-12-10' },
      { kind: 'event-surge', date: '2026-12-10', factor: 2 },
    ] as const;

    // Act
    const outages = linkOutages([LINK_A], events);

    // Assess
    expect(outages.size).toBe(0);
  });
});

describe('allDown', () => {
  it('keeps the days every member is down', () => {
    // Prepare
    const members = [
      [{ from: '2026-12-01', until: '2026-12-10' }, { from: '2026-12-20' }],
      [{ from: '2026-12-05' }],
      [
        { from: '2026-12-08', until: '2026-12-12' },
        { from: '2026-12-15', until: '2026-12-25' },
      ],
    ];

    // Act
    const common = allDown(members);

    // Assess
    expect(common).toEqual([
      { from: '2026-12-08', until: '2026-12-10' },
      { from: '2026-12-20', until: '2026-12-25' },
    ]);
  });

  it('finds none when a member is never down or the outages only touch', () => {
    // Prepare
    const touching = [
      [{ from: '2026-12-01', until: '2026-12-10' }],
      [{ from: '2026-12-10' }],
    ];

    // Act
    const results = [
      allDown([]),
      allDown([[{ from: '2026-12-01' }], []]),
      allDown(touching),
    ];

    // Assess
    expect(results).toEqual([[], [], []]);
  });
});
