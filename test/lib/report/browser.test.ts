import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '#lib/report/render-report';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];
const SHOTS = join(process.cwd(), 'test-output');

let dir: string;
let profile: string;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'headroom-report-'));
  profile = await mkdtemp(join(tmpdir(), 'headroom-chromium-'));
  for (const f of await renderReport(fixtureInput())) {
    await mkdir(dirname(join(dir, f.path)), { recursive: true });
    await writeFile(join(dir, f.path), f.body);
  }
  await mkdir(SHOTS, { recursive: true });
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
});

afterAll(async () => {
  await context?.close();
  await rm(dir, { recursive: true, force: true });
  await rm(profile, { recursive: true, force: true });
});

const column = (table: string, n: number) =>
  page.$$eval(
    `#${table} tbody tr`,
    (rows, i) => rows.map((r) => r.children[i]!.textContent!.trim()),
    n,
  );

describe('the report in Chromium', () => {
  it('opens the overview from disk and sorts a column on click', async () => {
    // Prepare
    await page.goto(`file://${join(dir, 'index.html')}`);
    const before = await column('action-table', 6);
    // Act
    await page.click('#action-table th:nth-child(7) button');
    const ascending = await column('action-table', 6);
    await page.click('#action-table th:nth-child(7) button');
    const descending = await column('action-table', 6);
    await page.screenshot({
      path: join(SHOTS, 'report-index.png'),
      fullPage: true,
    });
    // Assess
    expect(before).toEqual(['76.0%', '66.0%', '30.0%']);
    expect(ascending).toEqual(['30.0%', '66.0%', '76.0%']);
    expect(descending).toEqual(['76.0%', '66.0%', '30.0%']);
    expect(
      await page.getAttribute('#action-table th:nth-child(7)', 'aria-sort'),
    ).toBe('descending');
  });

  it('filters a table by text', async () => {
    // Prepare
    await page.goto(`file://${join(dir, 'index.html')}`);
    // Act
    await page.fill('input[data-filter="isp-table"]', 'glob');
    const visible = await page.$$eval(
      '#isp-table tbody tr:not([hidden]) th',
      (c) => c.map((x) => x.textContent),
    );
    // Assess
    expect(visible).toEqual(['Globex']);
  });

  it('follows a link to an ISP page whose charts are all drawn', async () => {
    // Prepare
    await page.goto(`file://${join(dir, 'index.html')}`);
    // Act
    await Promise.all([
      page.waitForURL(/isp\/acme-telecom\.html$/),
      page.click('#isp-table a:text("Acme Telecom")'),
    ]);
    const charts = await page.$$eval('figure svg', (svgs) =>
      svgs.map((s) => ({
        label: s.getAttribute('aria-label'),
        title: s.querySelector('title')?.textContent,
        paths: [...s.querySelectorAll('path')].filter(
          (p) => (p.getAttribute('d') ?? '').length > 20,
        ).length,
        width: s.getBoundingClientRect().width,
      })),
    );
    await page.screenshot({
      path: join(SHOTS, 'report-isp.png'),
      fullPage: true,
    });
    // Assess
    expect(charts).toHaveLength(3);
    for (const c of charts) {
      expect(c.label).toMatch(/Acme Telecom/);
      expect(c.title).toBe(c.label);
      expect(c.paths).toBeGreaterThanOrEqual(3);
      expect(c.width).toBeGreaterThan(600);
    }
    expect(await page.textContent('h1')).toBe('Acme Telecom');
    expect(await page.$$eval('h2, h3', (h) => h.length)).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('loads nothing from the network and logs no errors', () => {
    // Prepare / Act: the pages visited above
    // Assess
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
