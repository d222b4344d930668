import { mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import {
  acmePniLinks,
  removeDir,
  type TrafficSample,
  writeLinksCsv,
  writeTrafficDay,
} from '../../helpers/lake.ts';
import { runInFolder } from '../../helpers/run-headroom.ts';

const START = '2026-01-01';
const DAYS = 120;
const AS_OF = addDays(START, DAYS);
/** a2 is decommissioned with its traffic (a customer gone) on this day. */
const RETIRED_ON = addDays(AS_OF, -3);
const GROUP = 'Acme/LHR1/pni';
/** Each 10 G link's hourly traffic, in bps: 4.5 Gbps on weekdays. */
const perLink = (day: number, hour: number) =>
  (day % 7 < 5 ? 4.5e9 : 4e9) * (1 + 0.03 * Math.sin(day * 7.3 + hour));

/** A day of hourly samples: both links, then a1 alone, a2's traffic gone. */
function day(n: number): TrafficSample[] {
  const dt = addDays(START, n);
  const links = dt > RETIRED_ON ? ['a1'] : ['a1', 'a2'];
  return Array.from({ length: 24 }, (_, hour) =>
    links.map((linkId) => ({
      ts: `${dt}T${String(hour).padStart(2, '0')}:00:00Z`,
      linkId,
      outBps: perLink(n, hour),
      capacityBps: 10e9,
    })),
  ).flat();
}

const dir = mkdtempSync(join(tmpdir(), 'headroom-retired-gone-'));
const out = join(dir, 'out');
const report = (file: string) =>
  readFile(join(out, 'reports', AS_OF, file), 'utf8');

beforeAll(async () => {
  for (let n = 0; n < DAYS; n += 1) {
    await writeTrafficDay(join(dir, 'lake'), addDays(START, n), day(n));
  }
  const [a1, a2] = acmePniLinks(['a1', 'a2'], 10e9);
  const inventory = join(dir, 'inventory');
  await writeLinksCsv(inventory, [a1!, { ...a2!, retiredOn: RETIRED_ON }]);
  await runInFolder(dir, AS_OF);
}, 240_000);
afterAll(() => removeDir(dir));

describe('headroom run: a link retired together with its traffic', () => {
  it('judges the bundle on the traffic of the link left, against its capacity', async () => {
    // Act
    const groups: Record<string, string>[] = parse(await report('groups.csv'), {
      columns: true,
    });

    // Assess: 4.6 of 10 Gbps, ok; read as the bundle was, the week's
    // peak of both links (9.3 Gbps) against a1's 10 G was critical, its
    // order-by date three months past
    const group = groups.find((g) => g.group === GROUP)!;
    expect(Number(group.capacity_bps)).toBe(10e9);
    expect(Number(group.utilization)).toBeCloseTo(0.463, 2);
    expect(group.severity).toBe('ok');
    expect(group.order_by_date).toBe('');
  });

  it("sends no alert, and says why on the bundle's chart", async () => {
    // Act
    const outbox = await readdir(join(out, 'outbox', AS_OF)).catch(() => []);
    const html = await report('isp/acme.html');

    // Assess
    expect(outbox.filter((f) => f.endsWith('.txt'))).toEqual([]);
    expect(html).toContain(
      `a2 (retired on ${RETIRED_ON}) took its traffic with it: forecast ` +
        'from the links left, its share taken out of the days before',
    );
  });

  it("says so by the ISP's total demand chart, which reads its history so too", async () => {
    // Act
    const html = await report('isp/acme.html');
    const total = html.slice(
      html.indexOf('<h2 id="total">'),
      html.indexOf('<h2 id="others">'),
    );

    // Assess: the total's chart was lowered before the day without a word
    expect(total).toContain(
      `<li>a2 (retired on ${RETIRED_ON}) took its traffic with it: forecast ` +
        'from the links left, its share taken out of the days before</li>',
    );
  });
});
