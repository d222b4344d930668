import { describe, expect, it } from 'vitest';
import {
  body,
  tableCells,
  tableRows,
  text,
  useRenderedReport,
} from './render-report-fixture.ts';

useRenderedReport();

describe('renderReport: the overview', () => {
  it('ranks the groups needing action by order-by date with units and dates', () => {
    // Prepare
    const rows = tableRows(body('index.html'), 'action-table');
    // Act
    const cells = tableCells(body('index.html'), 'action-table');
    // Assess
    expect(cells.map((c) => c.slice(0, 4))).toEqual([
      [
        'critical',
        '2026-10-04 OVERDUE 53 d ordered today: in service 2027-02-24',
        'Acme Telecom',
        'LHR1 pni',
      ],
      ['warning', '2026-12-03 in 7 d', 'Globex', 'FRA2 ix'],
      ['watch', '2027-08-17 in 264 d', 'Acme Telecom', 'FRA2 transit'],
    ]);
    expect(rows[0]).toContain('critical 2026-10-04 OVERDUE 53 d');
    expect(rows[1]).toContain('warning 2026-12-03 in 7 d');
    expect(rows[0]).toContain('152 Gbps');
    expect(rows[0]).toContain('76.0%');
    expect(rows[0]).toContain('2027-01-02 mean: 2027-01-20');
    expect(rows[0]).toContain('+2 × 100 Gbps 200 Gbps in all');
    // N-1 lost before the as-of date (2026-11-01): it fails now
    expect(rows[0]).toContain('fails now');
    expect(rows[0]).toContain('+100 Gbps 2027-02-01 CHG-1042 · 30 d late');
    expect(rows[1]).toContain('1.32 Tbps');
  });

  it("says in the emails' words that a mean forecast does not reach critical within the horizon, and sorts the row by its upper date still", () => {
    // Prepare: Acme FRA2's upper bound reaches critical on 2027-10-01, its
    // mean never within the horizon (its email: 'expected not within the
    // horizon')
    const html = body('index.html');
    // Act
    const cell = tableRows(html, 'action-table')[2]!;
    const sortedBy = html.match(
      /data-v="([^"]*)" data-label="Critical \(upper\)">2027-10-01</,
    );
    // Assess
    expect(cell).toContain('2027-10-01 mean: not within the horizon');
    expect(cell).not.toContain('mean: —');
    expect(sortedBy?.[1]).toBe('2027-10-01');
  });

  it('says in its caption what the critical column shows, as its header does', () => {
    // Prepare
    const html = body('index.html');
    // Act
    const caption = html.match(
      /id="action-table"[\s\S]*?<caption>(.*?)<\/caption>/,
    )![1]!;
    const title = html.match(
      /<button type="button" title="([^"]*)">Critical \(upper\)</,
    )![1]!;
    // Assess
    expect(caption).toBe(
      'Ranked by order-by date: the last day to start the augment. ' +
        'Critical (upper): the first day the upper bound of the 80% ' +
        'forecast interval reaches critical, the date to plan on and the ' +
        'one the order-by date counts back from; the mean forecast&#39;s date beneath; ' +
        '— where neither reaches critical within the horizon.',
    );
    expect(caption).toContain(title);
  });

  it('lists every ISP, worst first, with demand, growth interval and headroom', () => {
    // Prepare / Act
    const rows = tableRows(body('index.html'), 'isp-table');
    // Assess
    expect(rows.map((r) => r.trim().split(' AS')[0])).toEqual([
      'Acme Telecom',
      'Globex',
      'Initech',
    ]);
    expect(rows[0]).toContain('182 Gbps');
    expect(rows[0]).toContain('+42.5%/yr +30.1%/yr to +55.8%/yr');
    expect(rows[0]).toContain('300 Gbps');
    expect(rows[0]).toContain('39.3%');
    expect(rows[2]).toContain('−1.0%/yr to +11.0%/yr');
  });

  it('counts groups by severity and shows data-quality warnings and the scenario', () => {
    // Prepare / Act
    const index = text(body('index.html'));
    // Assess
    expect(index).toContain(
      '1 critical: order now order-by date today or past 1 warning: order soon',
    );
    expect(index).toContain('1 above warning now');
    // A bundle at watch may be over warning already: it has no order-by
    // date in the warning window, which is what the card says
    expect(index).toContain(
      '1 watch: nothing to order yet a threshold is crossed',
    );
    expect(index).toContain('duplicate: 12 rows; spike: 3 rows');
    expect(index).toContain(
      '1 link in the traffic not in the inventory: ams1-mystery-pni-9',
    );
    expect(index).toContain(
      '1 link in the inventory with no traffic in the window, not ' +
        'forecast: fra2-globex-ix-7.',
    );
    expect(index).toContain('Initech/AMS1/cache: short history: 400 days');
    // The description names the what-if: 'Scenario “Lost LHR1”: What if
    // Lost LHR1: …' gave the name twice
    expect(index).toContain(
      'What if Lost LHR1: site LHR1 down from 2026-12-01. These figures are a what-if, not the plan.',
    );
    expect(index).not.toContain('Scenario “Lost LHR1”');
  });
});
