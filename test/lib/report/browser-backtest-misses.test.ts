import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BacktestCase } from '#lib/domain/backtest';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { fixtureSummary } from '../../helpers/backtest-result.ts';
import { SHOTS } from '../../helpers/report-browser.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';
import { HIT, MISS } from './backtest-cases-fixture.ts';

// A crossing missed on a group of this run, an alert on a group since
// retired (its ISP still has a page), and one on an ISP with no page.
const misses: BacktestCase[] = [
  { ...MISS, group: 'Acme Telecom/LHR1/pni', isp: 'Acme Telecom' },
  {
    ...HIT,
    group: 'Globex/FRA9/pni',
    isp: 'Globex',
    outcome: 'false-positive',
    actualCrossing: undefined,
  },
  {
    ...HIT,
    group: 'Umbrella/AMS1/pni',
    isp: 'Umbrella',
    severity: 'warning',
    outcome: 'false-positive',
    actualCrossing: undefined,
  },
];
const { page, dir } = useReportBrowser(
  fixtureInput({ backtest: fixtureSummary([HIT, ...misses]) }),
);

const missCells = () =>
  page().$$eval('#backtest-misses tbody tr', (rows) =>
    rows.map((r) => {
      const link = r.querySelector('th a');
      const badge = r.querySelector('td .sev');
      return {
        group: r.querySelector('th')!.textContent,
        href: link?.getAttribute('href') ?? null,
        badge: badge && `${badge.className}: ${badge.textContent}`,
      };
    }),
  );

describe('the backtest misses on the accuracy page in Chromium', () => {
  it('links each group to its section on its ISP page, or to the page, or nowhere', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'accuracy.html')}`);
    const cells = await missCells();
    // Act: follow the first group's link
    await page().click('#backtest-misses tbody tr:first-child th a');
    await page().waitForURL(/acme-telecom\.html#/);
    const target = await page().$eval(':target h3', (h) => h.textContent);
    // Assess: the groups were plain text
    expect(cells.map((c) => [c.group, c.href])).toEqual([
      [
        'Acme Telecom/LHR1/pni',
        expect.stringMatching(
          /^isp\/acme-telecom\.html#g-acme-telecom-lhr1-pni/,
        ),
      ],
      ['Globex/FRA9/pni', 'isp/globex.html'],
      ['Umbrella/AMS1/pni', null],
    ]);
    expect(target).toMatch(/^Acme Telecom\/LHR1\/pni /);
  });

  it('shows each severity as the badge the other tables use, in its colours', async () => {
    // Prepare
    await page().goto(`file://${join(dir(), 'accuracy.html')}`);
    // Act
    const cells = await missCells();
    await page().$eval('#backtest-misses', (t) => t.scrollIntoView());
    await page().screenshot({ path: join(SHOTS, 'backtest-misses.png') });
    const look = (sel: string) =>
      page().$eval(sel, (b) => {
        const css = b.ownerDocument.defaultView!.getComputedStyle(b);
        return `${css.color} on ${css.backgroundColor}, ${css.textTransform}`;
      });
    const misses = await look('#backtest-misses .sev.critical');
    await page().goto(`file://${join(dir(), 'index.html')}`);
    const overview = await look('#action-table .sev.critical');
    // Assess: a plain word, 'critical', in the table's text colour
    expect(cells.map((c) => c.badge)).toEqual([
      'sev watch: watch',
      'sev critical: critical',
      'sev warning: warning',
    ]);
    expect(misses).toBe(overview);
  });
});
