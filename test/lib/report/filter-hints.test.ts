import { describe, expect, it } from 'vitest';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import { renderAccuracy } from '#lib/report/render-accuracy';
import { renderIndex } from '#lib/report/render-index';
import { syntheticAccuracy } from '../../fixtures/report/accuracy-rows.ts';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { syntheticInput } from '../../fixtures/report/synthetic-input.ts';

/** Each filter box's table id and placeholder, in page order. */
const hints = (html: string) =>
  [...html.matchAll(/data-filter="([^"]+)"[^>]*placeholder="([^"]*)"/g)].map(
    (m) => [m[1], m[2]],
  );

describe('the filter boxes', () => {
  it('suggest what each table holds: the ISPs have a region and no site', () => {
    // Prepare
    const input = fixtureInput();
    // Act
    const html = renderIndex(input);
    // Assess
    expect(hints(html)).toEqual([
      ['action-table', 'ISP, site, severity…'],
      ['isp-table', 'ISP, region, severity…'],
    ]);
  });

  it('suggest a level and a horizon on the accuracy page, which has no severity', async () => {
    // Prepare
    const fleet = syntheticInput(2, 2, 10);
    const input = {
      ...fleet,
      accuracy: tallyAccuracy(syntheticAccuracy(fleet, 1), 80),
    };
    // Act
    const html = await renderAccuracy(input);
    // Assess
    expect(hints(html)).toEqual([
      ['accuracy-table', 'ISP, site, level, 30 days…'],
    ]);
  });
});
