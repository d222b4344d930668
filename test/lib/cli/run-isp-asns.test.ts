import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { runOnHourlyLake } from '../../helpers/hourly-run.ts';
import { htmlText } from '../../helpers/html-text.ts';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';

const START = '2026-01-01';
const DAYS = 90;
const AS_OF = addDays(START, DAYS);
/**
 * Helvetic Link peers from two ASNs at LHR1 (64603 on the first line);
 * FRA1's line names the ISP with a typo, under its ASN 64602.
 */
const LINKS_CSV = `link_id,isp,asn,site,region,link_type,capacity_bps
lhr1-hl-1,Helvetic Link,64603,LHR1,EMEA,pni,10000000000
lhr1-hl-2,Helvetic Link,64602,LHR1,EMEA,pni,10000000000
fra1-hl-1,"Helvetic Link, AG",64602,FRA1,EMEA,pni,10000000000
`;

let dir: string;
let output = '';
const report = (file: string) =>
  readFile(join(dir, 'out', 'reports', AS_OF, file), 'utf8');

beforeAll(async () => {
  dir = await makeTempDir('isp-asns');
  const links = ['lhr1-hl-1', 'lhr1-hl-2', 'fra1-hl-1'];
  output = await runOnHourlyLake(
    dir,
    { start: START, days: DAYS, links },
    LINKS_CSV,
  );
}, 240_000);
afterAll(() => removeDir(dir));

describe('headroom run: an ISP with two ASNs', () => {
  it('lists both, ascending, on its page, its partner pack and isps.csv', async () => {
    // Act
    const page = await report('isp/helvetic-link.html');
    const pack = await report('partners/helvetic-link.html');
    const csv = await report('isps.csv');

    // Assess: before, the first line's alone (AS64603)
    expect(htmlText(page)).toContain('AS64602, AS64603 · EMEA ·');
    expect(htmlText(pack)).toContain(
      'Helvetic Link (AS64602, AS64603): interconnection capacity',
    );
    expect(csv).toContain(`\n${AS_OF},Helvetic Link,64602 64603,EMEA,`);
  });
});

describe('headroom run: one ASN under two ISP names', () => {
  const ITEM =
    'AS64602 for "Helvetic Link" (line 3) and "Helvetic Link, AG" (line 4)';

  it('runs, and says so on the console with both names and lines', () => {
    // Assess: the run went on, each name an ISP of its own
    expect(output).toContain('Data quality');
    expect(consoleParagraph(output, 'Data quality')).toContain(
      '; 1 ASN written in links.csv for two ISP names or more, each name ' +
        'an ISP of its own (its own page, emails and totals): one ISP ' +
        'written two ways? write one name in its isp column; one ASN ' +
        `shared by two contracts (after an acquisition) needs nothing: ${ITEM}`,
    );
  });

  it("names them in data-quality.json and the overview's data quality", async () => {
    // Act
    const json = await report('data-quality.json');
    const overview = await report('index.html');

    // Assess
    expect(JSON.parse(json).sharedAsns).toEqual([
      {
        asn: 64602,
        isps: [
          { isp: 'Helvetic Link', line: 3 },
          { isp: 'Helvetic Link, AG', line: 4 },
        ],
      },
    ]);
    expect(htmlText(overview)).toContain(`needs nothing: ${ITEM}.`);
  });
});
