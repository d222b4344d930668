import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';
import { HEADER } from './links-csv-fixture.ts';

/** links.csv with one link of Acme whose `asn` is written so. */
const withAsn = (asn: string) =>
  `${HEADER}\nl1,Acme,${asn},LHR1,EMEA,pni,100e9,,,,\n`;

describe('parseLinks and an AS number no ISP has', () => {
  it.each([
    [
      '0',
      "is AS 0, which no network has (RFC 7607): an empty cell saved as 0? write the ISP's own AS number",
    ],
    [
      '23456',
      'is AS_TRANS (RFC 6793), which a router that knows only 2-byte AS ' +
        "numbers shows for every 4-byte one: write the ISP's own AS number " +
        '(as PeeringDB gives it)',
    ],
    [
      '65535',
      "is reserved (RFC 7300), no network's: write the ISP's own AS number",
    ],
    [
      '4294967295',
      "is reserved (RFC 7300), no network's: write the ISP's own AS number",
    ],
  ])('refuses asn %s, naming file, line, field, why and value', (asn, why) => {
    // Act: each was read as the ISP's ASN, on its page and partner pack,
    // and two ISPs of AS 0 were named as one ISP written two ways
    const act = () => parseLinks(withAsn(asn), 'links.csv', DEFAULT_CONFIG);

    // Assess
    expect(act).toThrow(`links.csv, line 2: field 'asn' ${why} (got "${asn}")`);
  });

  it.each(['1', '64500', '65536', '4200000000', '4294967294'])(
    'reads asn %s, one an ISP may have',
    (asn) => {
      // Act
      const [link] = parseLinks(withAsn(asn), 'links.csv', DEFAULT_CONFIG);

      // Assess
      expect(link?.asn).toBe(Number(asn));
    },
  );
});
