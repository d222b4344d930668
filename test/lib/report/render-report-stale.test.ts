import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { renderReport } from '#lib/report/render-report';
import { AS_OF, fixtureInput } from '../../fixtures/report/report-input.ts';
import { htmlText } from '../../helpers/html-text.ts';

/** The report of a run whose lake has `missingDays`, page by path. */
async function pages(missingDays: string[]): Promise<Map<string, string>> {
  const base = fixtureInput();
  const input = {
    ...base,
    dataQuality: {
      ...base.dataQuality,
      firstTrafficDay: '2025-10-01',
      missingDays,
    },
  };
  const files = await renderReport(input);
  return new Map(files.map((f) => [f.path, String(f.body)]));
}

/** A page's text before its first section heading. */
const top = (html: string) => htmlText(html.slice(0, html.indexOf('<h2')));

describe('the report of a run whose traffic stopped days before it', () => {
  it('says at the top of the overview and each ISP page the day the figures are as of', async () => {
    // Prepare: no traffic on the 3 days before the run
    const days = [3, 2, 1].map((d) => addDays(AS_OF, -d));
    const lastDay = addDays(AS_OF, -4);

    // Act
    const report = await pages(days);

    // Assess: before, only the console, the emails and the partner pack
    // said so, while these pages gave "p95 now" and "Utilization" as if
    // current (the note by each chart alone named the days)
    const said = `Data: no traffic in the 3 days before this run, after ${lastDay}: the figures are as of then.`;
    expect(top(report.get('index.html')!)).toContain(said);
    expect(top(report.get('isp/acme-telecom.html')!)).toContain(said);
  });

  it('says nothing when the traffic reaches the day before the run', async () => {
    // Act
    const report = await pages(['2026-02-13']);

    // Assess
    expect(report.get('index.html')).not.toContain('before this run');
    expect(report.get('isp/acme-telecom.html')).not.toContain(
      'before this run',
    );
  });
});
