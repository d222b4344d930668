import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { emailProse } from '../../helpers/email-prose.ts';
import { htmlText } from '../../helpers/html-text.ts';
import { spacedPercents } from '../../helpers/spaced-percents.ts';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';
import {
  AS_OF,
  GROUP,
  out,
  QUIET,
  report,
  useQuietLinkRun,
  weekly,
} from './run-quiet-link-fixture.ts';

useQuietLinkRun();

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
    const html = withoutNowrap(await report('isp/acme.html'));

    // Assess: the chart's gap is explained where it is seen (read
    // without the spans that keep '10 days' on one line)
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
