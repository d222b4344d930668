import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { renderReport } from '#lib/report/render-report';
import { AS_OF, fixtureInput } from '../../fixtures/report/report-input.ts';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';

const YOUNG =
  '<main><p class="banner" role="note">Young lake: traffic since ' +
  `${addDays(AS_OF, -3)}, 3 days. Until a series has 28 days, its ` +
  'forecast repeats its last week (or the days it has) with no trend: ' +
  'growth is forecast from 28 days on.</p>';

/** The report's HTML pages of a lake whose traffic began `days` ago. */
async function pagesOfLake(days: number) {
  const input = fixtureInput();
  const dataQuality = {
    ...input.dataQuality,
    firstTrafficDay: addDays(AS_OF, -days),
  };
  const files = await renderReport({ ...input, dataQuality });
  return files.filter((f) => f.path.endsWith('.html'));
}

describe('the pages of a lake under 28 days old', () => {
  it('say at the top, once, that growth is not forecast yet', async () => {
    // Prepare: a lake 3 days old, where a bundle reads ok for want of a
    // trend (the overview said so only at its foot, below "ok: no crossing")
    // Act
    const pages = await pagesOfLake(3);

    // Assess
    expect(pages.map((p) => p.path)).toEqual(
      expect.arrayContaining(['index.html', 'accuracy.html']),
    );
    expect(pages.some((p) => p.path.startsWith('isp/'))).toBe(true);
    for (const page of pages.filter((p) => !p.path.startsWith('partners/'))) {
      expect(withoutNowrap(page.body), page.path).toContain(YOUNG);
      expect(page.body.split('Young lake').length, page.path).toBe(2);
    }
  });

  it('say nothing of it from 28 days on', async () => {
    // Prepare
    // Act
    const pages = await pagesOfLake(28);

    // Assess
    for (const page of pages) {
      expect(page.body, page.path).not.toContain('Young lake');
    }
  });
});
