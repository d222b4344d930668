import { mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import type { DailyRow } from '#lib/domain/series';
import { emailProse } from '../../helpers/email-prose.ts';
import { htmlText } from '../../helpers/html-text.ts';
import { acmePniLinks, removeDir, writeLinksCsv } from '../../helpers/lake.ts';
import { runQuiet } from '../../helpers/run-headroom.ts';
import { writeSeriesDaily } from '../../helpers/series-daily.ts';
import { spacedPercents } from '../../helpers/spaced-percents.ts';

const START = '2025-06-01';
const DAYS = 365;
const AS_OF = addDays(START, DAYS);
const GROUP = 'Acme/LHR1/pni';
/** a2's telemetry stops this many days before the as-of date. */
const QUIET = 10;
/** A link's daily peak, in Gbps. */
const weekly = (day: number) => 30 + (day % 7) * 0.2;

/** Rows of one series; `samples(day)` NaN: no row that day. */
function rows(
  level: DailyRow['level'],
  key: string,
  gbps: (day: number) => number,
  samples: (day: number) => number,
): DailyRow[] {
  return Array.from({ length: DAYS }, (_, day) => day).flatMap((day) => {
    if (Number.isNaN(samples(day))) return [];
    const peakBps = gbps(day) * 1e9;
    return [
      {
        dt: addDays(START, day),
        level,
        key,
        peakBps,
        maxBps: peakBps * 1.05,
        meanBps: peakBps * 0.6,
        capacityBps: 35e9,
        samples: samples(day),
      },
    ];
  });
}

const dir = mkdtempSync(join(tmpdir(), 'headroom-quiet-link-'));
const out = join(dir, 'out');
const report = (file: string) =>
  readFile(join(out, 'reports', AS_OF, file), 'utf8');

beforeAll(async () => {
  await writeLinksCsv(join(dir, 'inventory'), acmePniLinks(['a1', 'a2'], 35e9));
  // Each link carries 30 Gbps of the bundle's 60 (86% of 70): a2 sends
  // half its samples on day 200 and none in the last QUIET days, when the
  // bundle's sum holds a1's traffic alone.
  const a2 = (day: number) =>
    day >= DAYS - QUIET ? Number.NaN : day === 200 ? 144 : 288;
  const bundle = (day: number) =>
    weekly(day) * (day >= DAYS - QUIET ? 1 : day === 200 ? 1.5 : 2);
  await writeSeriesDaily(join(dir, 'lake'), [
    ...rows('link', 'a1', weekly, () => 288),
    ...rows('link', 'a2', weekly, a2),
    ...rows('group', GROUP, bundle, () => 288),
    ...rows('isp', 'Acme', bundle, () => 288),
  ]);
  const args = ['--lake', join(dir, 'lake'), '--inventory'];
  await runQuiet(
    '--workers',
    '0',
    ...args,
    join(dir, 'inventory'),
    '--out',
    out,
    '--as-of',
    AS_OF,
  );
}, 120_000);
afterAll(() => removeDir(dir));

describe('headroom run: a bundle with a link gone quiet', () => {
  it("judges the bundle on its days with every link's samples, and still alerts", async () => {
    // Act
    const alerts = JSON.parse(await report('alerts.json'));

    // Assess: about 60 of 70 Gbps, past the 85 % critical line, the
    // busiest day of its last week with both links; read from a1 alone the
    // last days were 30 Gbps, 45 %, and no alert
    const group = alerts.find((a: { key: string }) => a.key === GROUP);
    expect(group?.last_peak_bps / 1e9).toBeCloseTo(2 * weekly(6), 6);
    expect(group?.severity).toBe('critical');
  });

  it('says on the overview which link went quiet, which days were left out and why', async () => {
    // Act
    const text = htmlText(await report('index.html'));

    // Assess: as read (a note's dates are kept on one line by markup)
    expect(text).toContain(
      "1 link whose traffic stopped before the lake's last day, their " +
        "bundles' days since left out of the forecast where the link carries " +
        "over 10% of the bundle's usual traffic, else kept, short of its " +
        `traffic: a2 (last ${addDays(AS_OF, -QUIET - 1)}).`,
    );
    expect(text).toContain(
      `${GROUP}: ${QUIET + 1} days left out of the forecast, on which its ` +
        'links sent too few samples for a true sum (over 10% of its usual ' +
        `traffic unseen), the last ${addDays(AS_OF, -1)}: a2 sent 0 of 288 samples`,
    );
  });

  it("shows the note by the bundle's chart on its ISP page", async () => {
    // Act
    const html = await report('isp/acme.html');

    // Assess: the chart's gap is explained where it is seen
    expect(html).toContain(
      `<ul class="notes" aria-label="Forecast notes"><li>the last ${QUIET} ` +
        'days before the as-of date were left out (see the note on them)' +
        '</li>' +
        `<li>${QUIET + 1} days left out of the forecast, on which its links`,
    );
  });

  it("names the quiet link in the bundle's alert email", async () => {
    // Act
    const folder = join(out, 'outbox', AS_OF);
    const file = (await readdir(folder)).find((f) => f.endsWith('.txt'));
    const email = emailProse(await readFile(join(folder, file!), 'utf8'));

    // Assess: the alert rests on days before a2 stopped; the reader
    // checks its collector before ordering
    expect(email).toContain(
      `   Data:             a2 sent none after ${addDays(AS_OF, -QUIET - 1)}: ` +
        'check its collector, or give it a retired_on in links.csv if it ' +
        'was removed. The days ' +
        'since are left out of the forecast if it carries over 10% of the ' +
        "bundle's usual traffic, else kept, short of its traffic.",
    );
  });

  it('writes every percentage as 10%, never 10 %, in its pages, files and emails', async () => {
    // Act: the notes of the quiet link and of the days left out say
    // their share as the utilization beside them does ('86.0%')
    const spaced = await spacedPercents(out);

    // Assess
    expect(spaced).toEqual([]);
  });
});
