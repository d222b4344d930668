import { mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlText } from '../../helpers/html-text.ts';
import { removeDir } from '../../helpers/lake.ts';
import { runInFolder } from '../../helpers/run-headroom.ts';
import {
  AS_OF,
  GROUP,
  RETIRED_ON,
  writeRetiredGoneLake,
} from './retired-traffic-gone-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'headroom-retired-gone-'));
const out = join(dir, 'out');
const report = (file: string) =>
  readFile(join(out, 'reports', AS_OF, file), 'utf8');

beforeAll(async () => {
  await writeRetiredGoneLake(dir);
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
    const text = htmlText(await report('isp/acme.html'));

    // Assess
    expect(outbox.filter((f) => f.endsWith('.txt'))).toEqual([]);
    expect(text).toContain(
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
    const notes = total.match(/<li>.*?<\/li>/g)?.map(htmlText);
    expect(notes).toContainEqual(
      expect.stringContaining(
        `a2 (retired on ${RETIRED_ON}) took its traffic with it: forecast ` +
          'from the links left, its share taken out of the days before',
      ),
    );
  });
});
