import { describe, expect, it } from 'vitest';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { htmlText } from '../../helpers/html-text.ts';
import {
  NOTE,
  output,
  report,
  useUnlistedStaleRun,
} from './run-unlisted-link-stale-fixture.ts';

useUnlistedStaleRun();

describe("headroom run: a link not in links.csv reads like a bundle's that is not forecast", () => {
  it('says so where the overview names the bundle not forecast', async () => {
    // Act
    const text = htmlText(await report('index.html'));

    // Assess: before, 'group:Acme/LHR1/pni, isp:Acme.' alone
    expect(text).toContain(
      'Not forecast or judged, for want of a whole day in the last two ' +
        `weeks: group:Acme/LHR1/pni (${NOTE}), isp:Acme.`,
    );
  });

  it('says so where the console names it', () => {
    // Assess: in its data-quality paragraph (cut within 80 columns)
    expect(consoleParagraph(output, 'Data quality')).toContain(
      `not forecast, no whole day for two weeks: group:Acme/LHR1/pni (${NOTE}), isp:Acme`,
    );
  });

  it("says so by the ISP's total demand on its page, naming the bundle", async () => {
    // Act
    const html = await report('isp/acme.html');
    const total = html.slice(
      html.indexOf('<h2 id="total">'),
      html.indexOf('<h2 id="others">'),
    );

    // Assess: the bundle has no section of its own on the page (the note
    // that the ISP's figures are partial is before it: below)
    expect(html).not.toContain('<h3 id="g-acme-lhr1-pni');
    expect(total.match(/<li>.*?<\/li>/g)?.map(htmlText)).toContain(
      NOTE.replace('this bundle', 'Acme/LHR1/pni'),
    );
  });
});
