import { describe, expect, it } from 'vitest';
import { describeScenario } from '#lib/rules/describe-scenario';
import { silentEvents } from '#lib/rules/silent-events';
import { scenarioNamed } from './apply-scenario-fixture.ts';
import { LINK_A, LINK_B } from './series-fixture.ts';

/** LHR1's bundle of two links, and FRA9, a new site not lit yet. */
const FRA9 = { ...LINK_A, linkId: 'fra9-acme-pni-1', site: 'FRA9' };
const BETA = { ...FRA9, linkId: 'fra9-beta-pni-1', isp: 'Beta' };
const LINKS = [LINK_A, LINK_B, FRA9, BETA];
const SILENT = ['lhr1-acme-pni-2', 'fra9-acme-pni-1', 'fra9-beta-pni-1'];
const AS_OF = '2026-12-01';

describe('silentEvents', () => {
  it('finds the events whose every link sent no traffic, and the banner says each changes nothing', () => {
    // Prepare
    const scenario = scenarioNamed(
      'winter',
      { kind: 'link-down', linkId: 'lhr1-acme-pni-2', from: AS_OF },
      { kind: 'site-down', site: 'FRA9', from: AS_OF },
      { kind: 'demand-multiplier', isp: 'Beta', factor: 1.3, from: AS_OF },
      { kind: 'link-down', linkId: 'lhr1-acme-pni-1', from: AS_OF },
      { kind: 'site-down', site: 'LHR1', from: AS_OF },
      { kind: 'event-surge', isp: 'Acme', date: AS_OF, factor: 2 },
    );

    // Act
    const found = silentEvents(scenario, LINKS, SILENT, AS_OF);
    const banner = describeScenario(scenario, found);

    // Assess: LHR1 and Acme have a link that reports
    expect(found).toEqual([
      { event: 0, links: ['lhr1-acme-pni-2'] },
      { event: 1, links: ['fra9-acme-pni-1', 'fra9-beta-pni-1'] },
      { event: 2, links: ['fra9-beta-pni-1'] },
    ]);
    expect(banner).toContain(
      '. Link lhr1-acme-pni-2 sent no traffic in the window: its bundle is ' +
        'judged without it already, so taking it down changes nothing. ' +
        'No link in service at site FRA9 sent traffic in the window (fra9-acme-pni-1, ' +
        'fra9-beta-pni-1): no bundle there is forecast, so taking it down ' +
        'changes nothing. No link of Beta in service sent traffic in the window ' +
        '(fra9-beta-pni-1): it is not forecast, so its demand ×1.3 changes ' +
        'nothing.',
    );
  });

  it('leaves out a link retired by the as-of date, which the names check refuses', () => {
    // Prepare: LHR1's reporting link retired, its other one silent
    const links = [{ ...LINK_A, retiredOn: '2026-11-01' }, LINK_B];
    const scenario = scenarioNamed('lhr1', {
      kind: 'site-down',
      site: 'LHR1',
      from: AS_OF,
    });

    // Act
    const found = silentEvents(scenario, links, ['lhr1-acme-pni-2'], AS_OF);

    // Assess: the retired link sent traffic; the sentence says which did not
    expect(found).toEqual([{ event: 0, links: ['lhr1-acme-pni-2'] }]);
    expect(describeScenario(scenario, found)).toContain(
      'No link in service at site LHR1 sent traffic in the window ' +
        '(lhr1-acme-pni-2)',
    );
  });
});
