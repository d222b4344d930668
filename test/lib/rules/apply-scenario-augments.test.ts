import { describe, expect, it } from 'vitest';
import { applyScenario } from '#lib/rules/apply-scenario';
import { resolveContext } from '#lib/rules/resolve-context';
import type { ScenarioEvent } from '#lib/rules/scenario';
import type { SeriesInput } from '#lib/rules/types';
import { AUGMENT, scenarioOf, WINDOW } from './apply-scenario-fixture.ts';
import { BASE_INPUT, G, LINK_A, LINK_B } from './series-fixture.ts';

const WITH_AUGMENT: SeriesInput = { ...BASE_INPUT, augments: [AUGMENT] };

/** The capacity the rules count on days 0..24, in Gbps. */
const capacityOf = (input: SeriesInput, ...events: ScenarioEvent[]) =>
  resolveContext(applyScenario(input, scenarioOf(...events)))
    .capacity.slice(0, 25)
    .map((bps) => bps / G);
const days = (n: number, gbps: number) => new Array<number>(n).fill(gbps);

describe('applyScenario with a planned augment in an outage', () => {
  it('takes the augment down with its site: nothing is left in the window', () => {
    // Prepare
    const down: ScenarioEvent = { kind: 'site-down', site: 'LHR1', ...WINDOW };

    // Act
    const capacity = capacityOf(WITH_AUGMENT, down);

    // Assess: 200 G, none from day 10, the links and the augment from 20
    expect(capacity).toEqual([
      ...days(10, 200),
      ...days(10, 0),
      ...days(5, 300),
    ]);
  });

  it('keeps the augment and the other link when one member link is down', () => {
    // Prepare
    const down: ScenarioEvent = {
      kind: 'link-down',
      linkId: LINK_A.linkId,
      ...WINDOW,
    };

    // Act
    const capacity = capacityOf(WITH_AUGMENT, down);

    // Assess: link b alone, then b and the augment's ports, then all
    expect(capacity).toEqual([
      ...days(10, 200),
      ...days(4, 100),
      ...days(6, 200),
      ...days(5, 300),
    ]);
  });

  it("takes a one-link group's augment down with its link", () => {
    // Prepare
    const input = { ...WITH_AUGMENT, links: [LINK_A] };
    const down: ScenarioEvent = {
      kind: 'link-down',
      linkId: LINK_A.linkId,
      ...WINDOW,
    };

    // Act
    const capacity = capacityOf(input, down);

    // Assess
    expect(capacity).toEqual([
      ...days(10, 100),
      ...days(10, 0),
      ...days(5, 200),
    ]);
  });

  it('takes the augment down when link-downs cover every member', () => {
    // Prepare: a down days 10..19, b down days 12..22
    const events: ScenarioEvent[] = [
      { kind: 'link-down', linkId: LINK_A.linkId, ...WINDOW },
      {
        kind: 'link-down',
        linkId: LINK_B.linkId,
        from: '2026-01-13',
        until: '2026-01-24',
      },
    ];

    // Act
    const capacity = capacityOf(WITH_AUGMENT, ...events);

    // Assess: the bundle (and its augment) is down on days 12..19
    expect(capacity).toEqual([
      ...days(10, 200),
      ...days(2, 100),
      ...days(8, 0),
      ...days(3, 200),
      ...days(2, 300),
    ]);
  });

  it('counts a link that two events take down once', () => {
    // Prepare: an ISP with a link at AMS1 besides the LHR1 bundle; LHR1
    // down days 10..19 and its link a down days 5..14 as well
    const ams: typeof LINK_A = {
      ...LINK_A,
      linkId: 'ams1-acme-pni-1',
      site: 'AMS1',
      group: 'Acme/AMS1/pni',
    };
    const input: SeriesInput = {
      ...BASE_INPUT,
      level: 'isp',
      key: 'Acme',
      links: [LINK_A, LINK_B, ams],
    };
    const events: ScenarioEvent[] = [
      { kind: 'site-down', site: 'LHR1', ...WINDOW },
      {
        kind: 'link-down',
        linkId: LINK_A.linkId,
        from: '2026-01-06',
        until: '2026-01-16',
      },
    ];

    // Act
    const capacity = capacityOf(input, ...events);

    // Assess: AMS1's 100 G is left while LHR1 is down, not 0
    expect(capacity).toEqual([
      ...days(5, 300),
      ...days(5, 200),
      ...days(10, 100),
      ...days(5, 300),
    ]);
  });
});
