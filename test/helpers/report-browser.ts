import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { renderReport } from '#lib/report/render-report';
import type { ReportFile, ReportInput } from '#lib/report/report-input';
import { fixtureInput } from '../fixtures/report/report-input.ts';

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

/** Screenshots of the browser tests, for a person to look at. */
export const SHOTS = join(process.cwd(), 'test-output');

/** The fixture report on disk, open in a Chromium page. */
export interface ReportBrowser {
  readonly dir: string;
  readonly page: Page;
  /** Console errors and page errors seen. */
  readonly problems: string[];
  /** Every URL the page requested. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Renders the fixture report (or another input) into a temporary folder
 * and opens a Chromium page (the system's `/usr/bin/chromium`, no network).
 *
 * @param input - the report input, the fixture's by default
 * @param render - renders the files, the whole report by default (a test
 *   of a large overview renders only that page)
 * @returns the page and the folder; `close` removes both
 * @example
 * const browser = await openReportBrowser();
 * await browser.page.goto(`file://${browser.dir}/index.html`);
 */
export async function openReportBrowser(
  input: ReportInput = fixtureInput(),
  render: (input: ReportInput) => Promise<ReportFile[]> = renderReport,
): Promise<ReportBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'headroom-report-'));
  const profile = await mkdtemp(join(tmpdir(), 'headroom-chromium-'));
  for (const f of await render(input)) {
    await mkdir(dirname(join(dir, f.path)), { recursive: true });
    await writeFile(join(dir, f.path), f.body);
  }
  await mkdir(SHOTS, { recursive: true });
  const context: BrowserContext = await chromium.launchPersistentContext(
    profile,
    {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 900 },
    },
  );
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  return {
    dir,
    page,
    problems,
    requests,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
      await rm(profile, { recursive: true, force: true });
    },
  };
}
