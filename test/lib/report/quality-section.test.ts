import { describe, expect, it } from 'vitest';
import { renderQualitySection } from '#lib/report/quality-section';
import { AS_OF, fixtureInput } from '../../fixtures/report/report-input.ts';

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
});
