import { describe, expect, it } from 'vitest';
import { renderQualitySection } from '#lib/report/quality-section';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

describe('renderQualitySection', () => {
  it('lists series that were not forecast for lack of recent data', () => {
    // Prepare
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      staleSeries: ['link:lhr1-gone-1', 'group:Gone/LHR1/pni'],
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      '2 series without data in the last two weeks, not forecast or judged: ' +
        'link:lhr1-gone-1, group:Gone/LHR1/pni.',
    );
  });

  it('says a series whose links were all set aside was not for lack of data', () => {
    // Prepare: a1's every sample of two weeks set aside (a collector
    // writing kbps), so its group went stale; lhr1-gone-1 vanished
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      staleSeries: ['group:Acme/LHR1/pni', 'link:lhr1-gone-1'],
      setAsideLinks: [
        {
          linkId: 'a1',
          series: ['link:a1', 'group:Acme/LHR1/pni', 'isp:Acme'],
        },
      ],
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      '1 link whose every sample of the last two weeks was set aside ' +
        '(spike, negative or not finite), not forecast or judged: a1, ' +
        'nor group:Acme/LHR1/pni.',
    );
    expect(html).toContain(
      '1 series without data in the last two weeks, not forecast or ' +
        'judged: link:lhr1-gone-1.',
    );
  });

  it('names a link retired in links.csv whose traffic still came since', () => {
    // Prepare: a2 retired on 11-05, its port still polled
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      trafficAfterRetirement: [
        { linkId: 'a2', retiredOn: '2026-11-05', lastDay: '2026-11-25' },
      ],
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      "1 link retired in links.csv (retired_on) with traffic since, counted in the bundle's traffic, not forecast as a link (check the date, or the port): a2 (retired 2026-11-05, last 2026-11-25).",
    );
  });

  it('names a link whose traffic stopped and the bundle not forecast for it', () => {
    // Prepare: a2 stopped three weeks ago; its group's days since were
    // left out, so the group went stale, as did a2's own series
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      staleSeries: ['group:Acme/LHR1/pni', 'link:a2'],
      quietLinks: [
        {
          linkId: 'a2',
          lastDay: '2026-11-05',
          series: ['group:Acme/LHR1/pni', 'isp:Acme'],
        },
      ],
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      "1 link whose traffic stopped before the lake's last day, their " +
        "bundles' days since left out of the forecast where the link carries " +
        "over 10% of the bundle's usual traffic, else kept, short of its " +
        'traffic: a2 (last 2026-11-05). ' +
        'Not forecast or judged, for want of a whole day in the last two ' +
        'weeks: group:Acme/LHR1/pni.',
    );
    expect(html).toContain(
      '1 series without data in the last two weeks, not forecast or ' +
        'judged: link:a2.',
    );
  });
});
