import { describe, expect, it } from 'vitest';
import { renderQualitySection } from '#lib/report/quality-section';
import { AS_OF, fixtureInput } from '../../fixtures/report/report-input.ts';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';

describe('renderQualitySection', () => {
  it('names the days with no traffic rolled up, whether none came or none was usable', () => {
    // Prepare
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      missingDays: ['2026-11-02', '2026-11-03'],
    };

    // Act
    const html = withoutNowrap(renderQualitySection({ ...input, dataQuality }));

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
    const html = withoutNowrap(renderQualitySection({ ...input, dataQuality }));

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
    const html = withoutNowrap(renderQualitySection({ ...input, dataQuality }));

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
    const html = withoutNowrap(renderQualitySection({ ...input, dataQuality }));

    // Assess
    expect(html).toContain(
      `<h2 id="quality">Data quality (${input.dataQuality.from} to `,
    );
    expect(html).not.toContain('Checked from');
  });
  it('leaves a young lake to the banner at the top of the page', () => {
    // Prepare: the run of 2026-08-12 on a lake whose traffic began 3 days
    // before (\`html-page.ts\` says so above the cards, not here below them)
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      from: '2024-08-12',
      to: '2026-08-12',
      firstTrafficDay: '2026-08-09',
    };

    // Act
    const html = withoutNowrap(renderQualitySection({ ...input, dataQuality }));

    // Assess
    expect(html).toContain('<p>Checked from 2026-08-09, the first day');
    expect(html).not.toContain('Young lake');
  });
});
