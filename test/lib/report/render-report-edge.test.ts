import { describe, expect, it } from 'vitest';
import { renderReport } from '#lib/report/render-report';
import {
  EVALUATIONS,
  fixtureInput,
  fixtureSeries,
} from '../../fixtures/report/report-input.ts';

describe('renderReport on awkward input', () => {
  it('renders a first run with nothing to report', async () => {
    // Prepare
    const input = fixtureInput({ evaluations: [], isps: [], series: [] });
    // Act
    const files = await renderReport(input);
    // Assess
    expect(files.map((f) => f.path)).toEqual([
      'index.html',
      'accuracy.html',
      'forecasts.csv',
      'forecasts.json',
      'alerts.json',
      'data-quality.json',
      'steps.json',
      'groups.csv',
      'isps.csv',
      'links.csv',
      'augments.csv',
      'forecast-points/index.json',
    ]);
    expect(files[0]!.body).toContain('Groups to order or watch (0)');
    expect(files[2]!.body.trim().split('\n')).toHaveLength(1);
  });

  it('escapes names, gives an ISP without a summary a page, and survives empty series', async () => {
    // Prepare
    const isp = 'AT&T "Mobility"';
    const key = `${isp}/LHR1/pni`;
    const empty = fixtureSeries('group', key, 1e9, 0, []);
    const input = fixtureInput({
      evaluations: [{ ...EVALUATIONS[2]!, key, isp }],
      isps: [],
      series: [
        {
          ...empty,
          history: {
            ...empty.history,
            values: empty.history.values.map(() => Number.NaN),
          },
          forecast: {
            ...empty.forecast,
            mean: [],
            lower: {},
            upper: {},
            cleaned: [],
          },
        },
      ],
    });
    // Act
    const files = await renderReport(input);
    const page = files.find((f) =>
      /^isp\/at-t-mobility-[0-9a-f]{8}\.html$/.test(f.path),
    );
    // Assess
    expect(page?.body).toContain('<h1>AT&amp;T &quot;Mobility&quot;</h1>');
    expect(page?.body).toContain(
      '<svg role="img" aria-label="AT&amp;T &quot;Mobility&quot;/LHR1/pni',
    );
    expect(files[0]!.body).toContain(`href="${page?.path}"`);
    expect(files[0]!.body).not.toContain('AT&T "Mobility"');
  });

  it('gives ISPs differing only in case or punctuation their own pages', async () => {
    // Prepare
    const base = fixtureInput();
    const twin = (name: string) => ({ ...base.isps[0]!, isp: name });
    const input = fixtureInput({
      isps: [twin('Acme'), twin('ACME'), twin('acme'), twin('A.cme')],
      evaluations: [],
      series: [],
    });
    // Act
    const files = await renderReport(input);
    // Assess
    const pages = files.map((f) => f.path).filter((p) => p.startsWith('isp/'));
    expect(new Set(pages).size).toBe(4);
    expect(pages).toContain('isp/acme.html');
  });
});
