import { mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { htmlText } from '../../helpers/html-text.ts';
import { removeDir } from '../../helpers/lake.ts';
import { folderArgs, runHeadroomStrict } from '../../helpers/run-headroom.ts';
import { AS_OF, GROUP, writeWeeklyPeakLake } from './weekly-peak-fixture.ts';

/** The run the day after the peak, on the same lake: nothing new. */
const NEXT = addDays(AS_OF, 1);

const dir = mkdtempSync(join(tmpdir(), 'headroom-weekly-peak-'));
const out = join(dir, 'out');
const summaries = new Map<string, string>();
const report = (asOf: string, file: string) =>
  readFile(join(out, 'reports', asOf, file), 'utf8');
const emails = async (asOf: string) => {
  const folder = join(out, 'outbox', asOf);
  const files = (await readdir(folder).catch(() => [])).filter((f) =>
    f.endsWith('.txt'),
  );
  return Promise.all(files.map((f) => readFile(join(folder, f), 'utf8')));
};

/**
 * The console's row of the bundle, the line under its name: its severity
 * and `ORDER BY` cell.
 */
const consoleRow = (asOf: string) => {
  const lines = summaries.get(asOf)!.split('\n');
  const name = lines.findIndex((l) => l.trim() === GROUP);
  return lines[name + 1]!.trim()
    .split(/\s{2,}/)
    .slice(0, 2);
};

/** The overview's order-by cell, as a reader sees it. */
const overviewCell = async (asOf: string) => {
  const html = await report(asOf, 'index.html');
  const cell = html.match(/<td[^>]*data-label="Order by">(.*?)<\/td>/)!;
  return htmlText(cell[1]!.replace(/<span class="sub/g, ' $&'));
};

/** The ISP page's plan for the bundle, first line. */
const pagePlan = async (asOf: string) => {
  const text = htmlText(await report(asOf, 'isp/acme.html'));
  return text.match(/(Needed now|OVERDUE by) .*?exposed[^.]*\./)?.[0];
};

beforeAll(async () => {
  await writeWeeklyPeakLake(dir);
  for (const asOf of [AS_OF, NEXT]) {
    const { output } = await runHeadroomStrict(
      'run',
      '--quiet',
      '--workers',
      '0',
      ...folderArgs(dir, asOf),
    );
    summaries.set(asOf, output);
  }
}, 240_000);
afterAll(() => removeDir(dir));

describe('headroom run: a bundle whose upper bound crosses critical on its weekly peak', () => {
  it('stands needed now on the peak day and the day after, in the console and on the overview', async () => {
    // Act
    const rows = [consoleRow(AS_OF), consoleRow(NEXT)];
    const cells = [await overviewCell(AS_OF), await overviewCell(NEXT)];

    // Assess: 81 % now, the upper bound over 85 % on the peak days only
    // (today, then the next, six days on). Before, the day after read
    // 'OVERDUE 84 d', the order-by date of the next peak, with nothing new
    expect(rows).toEqual([
      ['critical', 'needed now'],
      ['critical', 'needed now'],
    ]);
    expect(cells).toEqual([
      '2026-01-29 needed now ordered today: in service 2026-07-28',
      '2026-02-05 needed now ordered today: in service 2026-07-29',
    ]);
  });

  it('says on the ISP page which day is over critical: today, then the next peak', async () => {
    // Act
    const plans = [await pagePlan(AS_OF), await pagePlan(NEXT)];

    // Assess
    expect(plans).toEqual([
      'Needed now (critical today at the earliest). Order +2 × 10.0 Gbps (20.0 Gbps) today: in service 2026-07-28, 90 days exposed.',
      `Needed now (critical in 6 days at the earliest, on ${addDays(AS_OF, 7)}). Order +2 × 10.0 Gbps (20.0 Gbps) today: in service 2026-07-29, 84 days exposed from ${addDays(AS_OF, 7)}.`,
    ]);
  });

  it('alerts once, needed now, and sends nothing the day after', async () => {
    // Act
    const [first, next] = [await emails(AS_OF), await emails(NEXT)];

    // Assess
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(
      /^Subject: \[Headroom\] NEEDED NOW Acme: 1 critical — order today$/m,
    );
    expect(next).toEqual([]);
    expect(summaries.get(NEXT)).toContain(
      'Notifications: 0 sent, 0 failed (nothing new since the last messages)',
    );
  });
});
