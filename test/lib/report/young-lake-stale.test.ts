import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { listDays } from '#lib/pipeline/load-series';
import { renderReport } from '#lib/report/render-report';
import { youngLakeText } from '#lib/report/young-lake';
import { AS_OF, fixtureInput } from '../../fixtures/report/report-input.ts';
import { htmlText } from '../../helpers/html-text.ts';

/** 20 days of traffic from 2026-11-01, none in the 10 days to 2026-12-01. */
const STALE = {
  firstTrafficDay: '2026-11-01',
  missingDays: listDays({ from: '2026-11-21', to: '2026-12-01' }),
};

const SHORT =
  'Until a series has 28 days, its forecast repeats its last week (or ' +
  'the days it has) with no trend: growth is forecast from 28 days on.';

describe('youngLakeText on a lake whose traffic stopped before the run', () => {
  it('counts its days of traffic, not the days to the run', () => {
    // Prepare: every series has 20 days, so none has a trend; counted to
    // the run, the lake read 30 days old and nothing was said
    // Act
    const text = youngLakeText(STALE, '2026-12-01');

    // Assess
    expect(text).toBe(
      `Young lake: traffic 2026-11-01 to 2026-11-20, 20 days. ${SHORT}`,
    );
  });

  it('says nothing once the traffic itself spans 28 days', () => {
    // Act
    const text = youngLakeText(
      { ...STALE, firstTrafficDay: '2026-10-24' },
      '2026-12-01',
    );

    // Assess
    expect(text).toBeUndefined();
  });

  it('is the banner of the pages', async () => {
    // Prepare: 20 days of traffic, then the 10 days before the run without
    const input = fixtureInput();
    const dataQuality = {
      ...input.dataQuality,
      firstTrafficDay: addDays(AS_OF, -30),
      missingDays: listDays({ from: addDays(AS_OF, -10), to: AS_OF }),
    };
    // Act
    const files = await renderReport({ ...input, dataQuality });
    const index = files.find((f) => f.path === 'index.html')!;

    // Assess
    expect(htmlText(index.body)).toContain(
      `Young lake: traffic ${addDays(AS_OF, -30)} to ${addDays(AS_OF, -11)}, 20 days.`,
    );
  });
});
