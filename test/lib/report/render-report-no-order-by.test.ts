import { describe, expect, it } from 'vitest';
import { renderReport } from '#lib/report/render-report';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { needOf, tableRows, text } from './render-report-fixture.ts';

describe('renderReport: a bundle with no order-by date', () => {
  it('gives the ask of a bundle with no order-by date on its page, as the overview and partner pack do', async () => {
    // Prepare: FRA2 transit reaches warning but never critical, and its
    // upper forecast needs one more port to stay under warning
    const key = 'Acme Telecom/FRA2/transit';
    const evaluations = EVALUATIONS.map((e) =>
      e.key === key
        ? {
            ...e,
            criticalDateUpper: undefined,
            orderByDate: undefined,
          }
        : e,
    );
    // Act
    const out = await renderReport(fixtureInput({ evaluations }));
    const html = (path: string) => out.find((f) => f.path === path)!.body;
    const page = (path: string) => text(html(path));
    const need = (path: string, group: string) => needOf(html(path), group);
    // Assess
    // One port: its size once, no total beneath repeating it
    expect(page('index.html')).toContain('+1 × 100 Gbps');
    expect(page('index.html')).not.toContain('100 Gbps in all');
    expect(page('partners/acme-telecom.html')).toContain('1 × 100 Gbps');
    expect(need('isp/acme-telecom.html', key)).toBe(
      'No order needed within the horizon: the upper forecast reaches ' +
        'warning (70.0%) on 2027-06-01 but stays below critical (85.0%). ' +
        'The ask, to stay under warning: +1 × 100 Gbps.',
    );
    expect(need('isp/initech.html', 'Initech/AMS1/cache')).toBe(
      'No augment needed within the horizon: the forecast stays below critical (85.0%).',
    );
  });

  it('dates warning on the ISP page by the upper forecast, as the overview does, also when the mean never reaches it', async () => {
    // Prepare: FRA2 transit's upper forecast reaches warning on 2027-06-01;
    // its mean never does, never critical either
    const key = 'Acme Telecom/FRA2/transit';
    const evaluations = EVALUATIONS.map((e) =>
      e.key === key
        ? {
            ...e,
            warningDate: undefined,
            criticalDateUpper: undefined,
            orderByDate: undefined,
          }
        : e,
    );

    // Act
    const out = await renderReport(fixtureInput({ evaluations }));
    const html = (path: string) => out.find((f) => f.path === path)!.body;
    const row = tableRows(html('index.html'), 'action-table').find((r) =>
      r.includes('FRA2 transit'),
    )!;

    // Assess: the page says why the bundle is listed, on the overview's date
    expect(row).toContain('— warning: 2027-06-01');
    expect(needOf(html('isp/acme-telecom.html'), key)).toBe(
      'No order needed within the horizon: the upper forecast reaches ' +
        'warning (70.0%) on 2027-06-01 but stays below critical (85.0%). ' +
        'The ask, to stay under warning: +1 × 100 Gbps.',
    );
  });

  it('gives the warning date on the overview of a bundle listed for reaching warning only', async () => {
    // Prepare: FRA2 transit reaches warning (upper 2027-06-01), never critical
    const key = 'Acme Telecom/FRA2/transit';
    const evaluations = EVALUATIONS.map((e) =>
      e.key === key
        ? { ...e, criticalDateUpper: undefined, orderByDate: undefined }
        : e,
    );

    // Act
    const out = await renderReport(fixtureInput({ evaluations }));
    const rows = tableRows(
      out.find((f) => f.path === 'index.html')!.body,
      'action-table',
    ).map(text);

    // Assess
    const row = rows.find((r) => r.includes('FRA2 transit'))!;
    expect(row).toContain('— warning: 2027-06-01');
  });
});
