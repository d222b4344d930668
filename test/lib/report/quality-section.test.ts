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
});
