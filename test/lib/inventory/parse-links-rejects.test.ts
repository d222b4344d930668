import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';
import { HEADER, ROW } from './links-csv-fixture.ts';

/** How a message says two texts differ only in their accents' encoding. */
const ENCODED =
  'differs only in how its accented letters are encoded (one ' +
  'precomposed, the other a letter and a combining accent, as macOS file ' +
  'names and some PDFs write them: Unicode NFC and NFD, which look alike)';

describe('parseLinks', () => {
  it.each([
    [
      'an owner of two addresses',
      `${HEADER}\n${ROW}"alice@example.com, bob@example.com"\n`,
      // Read as one owner, its alerts matched no subscription of either.
      "inv/links.csv, line 2: field 'owner' holds 2 addresses: a group " +
        'has one owner, the value its messages are filtered by, so no ' +
        'subscription to one of them would match; name one owner (a team ' +
        'whose subscription reaches both, or one address) (got ' +
        '"alice@example.com, bob@example.com")',
    ],
    [
      'an owner written with a display name',
      `${HEADER}\n${ROW}Alice Doe <alice@example.com>\n`,
      "inv/links.csv, line 2: field 'owner' is an address with more " +
        'around it (a name, brackets or a separator): messages are ' +
        'filtered by owner exactly, so a subscription to the address ' +
        'would not match; write the address alone, alice@example.com ' +
        '(got "Alice Doe <alice@example.com>")',
    ],
    [
      'a non-numeric capacity',
      `${HEADER}\n${ROW}\nl2,Acme,64500,LHR1,EMEA,pni,ten,,,,\n`,
      `inv/links.csv, line 3: field 'capacity_bps' must be a positive number (got "ten")`,
    ],
    [
      'a duplicate link_id',
      `${HEADER}\n${ROW}\n${ROW}\n`,
      `inv/links.csv, line 3: field 'link_id' is on line 2 too: each link has one row (another link needs an id of its own) (got "l1")`,
    ],
    [
      'two link_ids that differ only in case',
      `${HEADER}\nlhr1-pni-1,Acme,64500,LHR1,EMEA,pni,100e9,,,,\nLHR1-PNI-1,Acme,64500,LHR1,EMEA,pni,100e9,,,,\n`,
      `inv/links.csv, line 3: field 'link_id' link_id differs only in case from line 2's 'lhr1-pni-1' (traffic matches ids exactly) (got "LHR1-PNI-1")`,
    ],
    [
      'two link_ids that differ only in a space',
      `${HEADER}\nlhr1-pni-1,Acme,64500,LHR1,EMEA,pni,100e9,,,,\nlhr1-pni- 1,Acme,64500,LHR1,EMEA,pni,100e9,,,,\n`,
      `inv/links.csv, line 3: field 'link_id' link_id differs only in case or spaces from line 2's 'lhr1-pni-1' (traffic matches ids exactly) (got "lhr1-pni- 1")`,
    ],
    [
      // é precomposed, then e and a combining accent: they look alike, and
      // both were read as links, one reading no traffic
      'two link_ids that differ only in how an accent is encoded',
      `${HEADER}\nt\u00e9l-1,Acme,64500,LHR1,EMEA,pni,100e9,,,,\nte\u0301l-1,Acme,64500,LHR1,EMEA,pni,100e9,,,,\n`,
      `inv/links.csv, line 3: field 'link_id' link_id ${ENCODED} from line 2's 't\u00e9l-1' (traffic matches ids exactly) (got "te\u0301l-1")`,
    ],
    [
      'an ISP written with a combining accent beside its precomposed spelling',
      `${HEADER}\nl1,T\u00e9l,64500,LHR1,EMEA,pni,100e9,,,,\nl2,Te\u0301l,64500,LHR1,EMEA,pni,100e9,,,,\n`,
      `inv/links.csv, line 3: field 'isp' ${ENCODED} from 'T\u00e9l' on line 2: names match exactly, so these would be two ISPs (two pages, each with part of its traffic); write one spelling (got "Te\u0301l")`,
    ],
    [
      'an unknown link type',
      `${HEADER}\nl1,Acme,64500,LHR1,EMEA,peering,1e9,,,,\n`,
      `inv/links.csv, line 2: field 'link_type' must be one of pni, ix, transit, cache (got "peering")`,
    ],
    [
      'a link type in capitals, as a spreadsheet user writes it',
      `${HEADER}\nl1,Acme,64500,LHR1,EMEA,PNI,1e9,,,,\n`,
      `inv/links.csv, line 2: field 'link_type' must be one of pni, ix, transit, cache: write 'pni' (values match exactly) (got "PNI")`,
    ],
    [
      'thresholds typed as percentages',
      `${HEADER},warning,critical\n${ROW},70,85\n`,
      `inv/links.csv, line 2: field 'warning' must be a ratio between 0 and 1, e.g. 0.7 for 70% (got "70")`,
    ],
    [
      'a warning above critical',
      `${HEADER},warning,critical\n${ROW},0.9,0.8\n`,
      `inv/links.csv, line 2: field 'warning' warning must be below critical (got "warning 0.9, critical 0.8")`,
    ],
    [
      "a warning above the link type's critical",
      `${HEADER},warning\n${ROW},0.9\n`,
      `inv/links.csv, line 2: field 'warning' warning must be below critical (got "warning 0.9, critical 0.85")`,
    ],
    [
      'a tab after a site name',
      `${HEADER}\nl1,Acme,64500,LHR1\t,EMEA,pni,100e9,,,,\n`,
      `inv/links.csv, line 2: field 'site' must not contain control characters (tab, line break, …) (got "LHR1\\t")`,
    ],
    [
      'a line break inside an owner',
      `${HEADER}\nl1,Acme,64500,LHR1,EMEA,pni,100e9,,,,"ops\nBcc: x@evil"\n`,
      `inv/links.csv, line 2: field 'owner' must not contain control characters (tab, line break, …) (got "ops\\nBcc: x@evil")`,
    ],
    [
      "a lead time past the configuration's cap of 1000 days",
      `${HEADER}\nl1,Acme,64500,LHR1,EMEA,pni,100e9,,,100000,\n`,
      `inv/links.csv, line 2: field 'lead_time_days' must be a whole number from 0 to 1000 (got "100000")`,
    ],
    [
      'a retirement date that is not a date (day before month)',
      `${HEADER},retired_on\n${ROW},05/11/2026\n`,
      `inv/links.csv, line 2: field 'retired_on' must be a date YYYY-MM-DD`,
    ],
    [
      'a retirement date that does not exist',
      `${HEADER},retired_on\n${ROW},2026-02-30\n`,
      `inv/links.csv, line 2: field 'retired_on' must be a date YYYY-MM-DD: February 2026 has days 01 to 28 (got "2026-02-30")`,
    ],
    [
      'a 230-character ISP name',
      `${HEADER}\nl1,${'A'.repeat(230)},64500,LHR1,EMEA,pni,100e9,,,,\n`,
      `inv/links.csv, line 2: field 'isp' must be at most 100 characters long`,
    ],
  ])('rejects %s naming file, line, field and value', (_, text, message) => {
    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      message,
    );
  });
});
