import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CAPACITY_STYLES,
  MARK_KINDS,
  MARK_STYLES,
} from '#lib/report/chart-style';
import {
  openReportBrowser,
  type ReportBrowser,
} from '../../helpers/report-browser.ts';

let browser: ReportBrowser;
let page: Page;
beforeAll(async () => {
  browser = await openReportBrowser();
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
});

const ispPage = () =>
  page.goto(`file://${join(browser.dir, 'isp', 'acme-telecom.html')}`);
const styleOf = (stroke: string | null, dash: string | null) =>
  `${stroke} ${dash === '1,0' || dash === null ? '' : dash}`;

describe('an ISP page in Chromium', () => {
  it('opens on the bundles that need action, the overdue one first', async () => {
    // Prepare / Act
    await ispPage();
    const first = await page.$eval('main h2, body h2', (h) => h.textContent);
    const bundle = await page.$eval('section.group h3', (h) => h.textContent);
    // Assess
    expect(first).toMatch(/^Bundles to order or watch \(2\)/);
    expect(bundle).toMatch(/LHR1\/pni critical/i);
  });

  it('keys every date mark, the ask and the weekly overlay in the legend', async () => {
    // Prepare / Act
    await ispPage();
    const keys = await page.$$eval('.legend [data-key]', (s) =>
      s.map((x) => [x.getAttribute('data-key'), x.textContent]),
    );
    // Assess
    expect(Object.fromEntries(keys)).toMatchObject({
      today: 'today',
      'order-by': 'order by',
      'critical-mean': 'critical (mean)',
      'critical-upper': 'critical (upper)',
      augment: CAPACITY_STYLES.augment.label,
      daily: 'daily peak (p95)',
      weekly: 'weekly maximum',
    });
  });

  it('draws the four dates in four distinct styles, each as its legend shows it', async () => {
    // Prepare
    await ispPage();
    // Act: the overdue bundle's chart marks all four dates.
    const rules = await page.$$eval(
      'section.group:first-of-type figure .dates_marks line',
      (ls) =>
        ls.map((l) => [
          l.getAttribute('stroke'),
          l.getAttribute('stroke-dasharray'),
        ]),
    );
    const swatches = await page.$$eval('.legend [data-key] line', (ls) =>
      ls.map((l) => [
        l.closest('[data-key]')!.getAttribute('data-key'),
        l.getAttribute('stroke'),
        l.getAttribute('stroke-dasharray'),
      ]),
    );
    // Assess
    const drawn = new Set(rules.map(([s, d]) => styleOf(s!, d!)));
    expect(rules).toHaveLength(4);
    expect(drawn.size).toBe(4);
    // The sample's first bundle has no traffic step: the four decision dates.
    for (const kind of MARK_KINDS.filter((k) => k !== 'step')) {
      const swatch = swatches.find(([k]) => k === kind)!;
      expect(drawn, kind).toContain(styleOf(swatch[1]!, swatch[2] || null));
      expect(swatch[1]).toBe(MARK_STYLES[kind].colour);
    }
  });

  it('draws the ask as a capacity step and the history daily with a weekly overlay', async () => {
    // Prepare
    await ispPage();
    // Act
    const chart = 'section.group:first-of-type figure';
    const augment = await page.$$eval(
      `${chart} .capacity_marks path[stroke="${CAPACITY_STYLES.augment.colour}"]`,
      (ps) => ps.map((p) => p.getAttribute('d') ?? ''),
    );
    const segments = (sel: string) =>
      page.$eval(
        `${chart} ${sel} path`,
        (p) => (p.getAttribute('d') ?? '').split('L').length,
      );
    const daily = await segments('.daily_marks');
    const weekly = await segments('.weekly_marks');
    // Assess
    expect(augment).toHaveLength(1);
    // Step-after: horizontal, vertical, horizontal.
    expect(augment[0]!.split(/[LHV]/).length).toBeGreaterThanOrEqual(3);
    expect(daily).toBeGreaterThan(300);
    expect(weekly).toBeGreaterThan(daily / 8);
    expect(weekly).toBeLessThan(daily / 6);
  });

  it('logs no errors', () => {
    // Assess
    expect(browser.problems).toEqual([]);
  });
});
