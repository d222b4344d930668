import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { runOnHourlyLake } from '../../helpers/hourly-run.ts';
import { htmlText } from '../../helpers/html-text.ts';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';

const START = '2026-01-01';
const DAYS = 100;
const AS_OF = addDays(START, DAYS);
/**
 * Two 10 G ports at about 4 Gbps; links.csv writes lhr1-a-2's capacity
 * with three zeros too many (10 Tbps), where its utilization stays at
 * 0.04 % and it reads "ok" whatever its traffic does.
 */
const LINKS_CSV = `link_id,isp,asn,site,region,link_type,capacity_bps
lhr1-a-1,Acme,64500,LHR1,EMEA,pni,10000000000
lhr1-a-2,Acme,64500,LHR2,EMEA,pni,10000000000000
`;
const HINT =
  '1 link whose highest daily peak of the last year stayed under 1% of ' +
  'its capacity in links.csv, so it never nears a threshold: check the ' +
  'capacity_bps written (bps for Gbps, a 100G port for a 10G one): ' +
  'lhr1-a-2 (capacity 10.0 Tbps, peak ';

let dir: string;
let output = '';
const report = (file: string) =>
  readFile(join(dir, 'out', 'reports', AS_OF, file), 'utf8');

beforeAll(async () => {
  dir = await makeTempDir('oversized-capacity');
  const links = ['lhr1-a-1', 'lhr1-a-2'];
  output = await runOnHourlyLake(
    dir,
    { start: START, days: DAYS, links },
    LINKS_CSV,
  );
}, 240_000);
afterAll(() => removeDir(dir));

describe('headroom run: a capacity in links.csv far above its traffic', () => {
  it('names the link, its capacity and its peak on the console', () => {
    // Assess: before, the run said nothing of it
    expect(consoleParagraph(output, 'Data quality')).toMatch(
      new RegExp(`; ${HINT.replaceAll(/[().]/g, '\\$&')}4\\.\\d\\d Gbps\\)`),
    );
  });

  it("names it in data-quality.json and the overview's data quality, the other port not", async () => {
    // Act
    const json = JSON.parse(await report('data-quality.json'));
    const overview = htmlText(await report('index.html'));

    // Assess
    expect(json.oversizedLinks).toEqual([
      {
        linkId: 'lhr1-a-2',
        capacityBps: 10e12,
        peakBps: expect.closeTo(4.2e9, -8),
        days: DAYS,
      },
    ]);
    expect(overview).toContain(HINT);
    expect(overview).not.toContain('lhr1-a-1 (capacity');
  });
});
