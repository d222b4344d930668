import { describe, expect, it } from 'vitest';
import { QUALITY_KINDS } from '#lib/domain/vocabulary';
import { renderQualitySection } from '#lib/report/quality-section';
import { AS_OF, fixtureInput } from '../../fixtures/report/report-input.ts';
import { UNLISTED_LINKS } from '../../fixtures/report/unlisted-link.ts';

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

  it("names the bundle whose links' ids a traffic id reads like", () => {
    // Prepare: a new member of Acme's bundle, lit before links.csv was
    // edited, and an unrelated id (UNLISTED_LINKS)
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      ...UNLISTED_LINKS,
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      '2 links in the traffic not in the inventory: lhr1-acme-pni-3 ' +
        '(reads like Acme/LHR1/pni&#39;s links: add it to links.csv if it ' +
        'is one), u9.',
    );
  });

  it('pairs a traffic id links.csv spells otherwise with the inventory id', () => {
    // Prepare: a collector writing ids in capitals
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      unknownLinks: ['LHR1-PNI-1', 'u9'],
      nearLinks: [{ linkId: 'LHR1-PNI-1', inventory: 'lhr1-pni-1' }],
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      '2 links in the traffic not in the inventory: LHR1-PNI-1, u9. ' +
        '1 of them differs only in case, spaces or punctuation from a ' +
        'links.csv link_id, whose link reads none of its traffic (ids ' +
        'match exactly: write it as links.csv does): LHR1-PNI-1 for ' +
        'lhr1-pni-1.',
    );
  });

  it('names the inventory links with no traffic, the first 20 and how many more', () => {
    // Prepare: 23 links in links.csv whose traffic never came
    const input = fixtureInput();
    const silentLinks = Array.from(
      { length: 23 },
      (_, i) => `lhr1-idle-${String(i + 1).padStart(2, '0')}`,
    );
    const dataQuality = { ...input.dataQuality, silentLinks };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      '<li>23 links in the inventory with no traffic in the window, not ' +
        `forecast: ${silentLinks.slice(0, 20).join(', ')} and 3 more.</li>`,
    );
  });

  it('says nothing of silent links when every link has traffic', () => {
    // Prepare
    const input = fixtureInput();
    const dataQuality = { ...input.dataQuality, silentLinks: [] };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).not.toContain('with no traffic in the window');
  });

  it('names the days with no traffic rolled up, whether none came or none was usable', () => {
    // Prepare
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      missingDays: ['2026-11-02', '2026-11-03'],
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      '2 days with no traffic rolled up (none delivered, or none of it ' +
        'usable): 2026-11-02, 2026-11-03.',
    );
  });

  it('names the last day of traffic it covers, the day before the as-of date', () => {
    // Prepare: the pipeline's window ends at the as-of date, excluded
    const input = fixtureInput();
    const dataQuality = { ...input.dataQuality, to: AS_OF };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      '<h2 id="quality">Data quality (2025-10-22 to 2026-11-25)</h2>',
    );
  });

  it("names the days it checked from the lake's first day with traffic, when the window opens before it", () => {
    // Prepare: a window of 730 days, the lake's traffic from 2025-10-02
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      from: '2024-12-06',
      to: '2026-12-06',
      firstTrafficDay: '2025-10-02',
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess: before, 'Data quality (2024-12-06 to 2026-12-05)', read as
    // two years of traffic checked where the lake held fourteen months
    expect(html).toContain(
      '<h2 id="quality">Data quality (2025-10-02 to 2026-12-05)</h2>' +
        '<p>Checked from 2025-10-02, the first day with traffic in the ' +
        'lake, to 2026-12-05: the history window of 730 days opens on ' +
        '2024-12-06, before it.</p>',
    );
  });

  it('names the window alone when the traffic covers it from its first day', () => {
    // Prepare
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      firstTrafficDay: input.dataQuality.from,
    };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      `<h2 id="quality">Data quality (${input.dataQuality.from} to `,
    );
    expect(html).not.toContain('Checked from');
  });

  it('tells the rows left out of the fit from the zeros it keeps and the samples that never came', () => {
    // Prepare: one of every kind the rollup counts
    const input = fixtureInput();
    const totals = Object.fromEntries(
      QUALITY_KINDS.map((kind, i) => [kind, 1000 + i]),
    );
    const dataQuality = { ...input.dataQuality, totals };

    // Act
    const html = renderQualitySection({ ...input, dataQuality });

    // Assess
    expect(html).toContain(
      '<li>Bad traffic rows left out of the fit: duplicate: 1,002 rows; ' +
        'empty or not finite: 1,000 rows; negative: 1,001 rows; spike: 1,003 rows; ' +
        'unknown link: 1,005 rows.</li>' +
        "<li>Traffic rows whose ts is not on their dt= folder's day (UTC), " +
        'left out of the fit: a collector that cuts folders by local days ' +
        "puts hours of the day before or after in each, west of UTC the evening's " +
        'peak; write dt= as the UTC day of ts: 1,007.</li>' +
        '<li>Zero samples, kept in the fit (an outage or an idle link reads as zero): 1,004.</li>' +
        "<li>Samples missing at each link's interval: 1,006.</li>" +
        "<li>Samples from a second poller, off their link's grid, kept in the fit: the link was polled twice all day (:01, :06, … beside :00, :05, …), as while a poller is being replaced; its missing samples are counted at its own interval; stop the old poller once the new one is trusted: 1,010.</li>" +
        "<li>Samples whose time is off their interval on the clock: off the minute (00:05:03), moved to the nearest minute so that they add up with their bundle's other links, or minutes late (00:07 for a 5-minute link); fix the poller's clock: 1,008.</li>",
    );
  });
});
