import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';
import { HEADER } from './links-csv-fixture.ts';

describe('parseLinks on two spellings of one name', () => {
  it.each([
    ['isp', 'l2,ACME,64500,FRA1,EMEA,pni,100e9,,,,', 'ACME', 'Acme', 'ISPs'],
    ['site', 'l2,Acme,64500,lhr-1,EMEA,ix,100e9,,,,', 'lhr-1', 'LHR1', 'sites'],
    [
      'region',
      'l2,Meseta,64501,FRA1,emea,pni,100e9,,,,',
      'emea',
      'EMEA',
      'regions',
    ],
    [
      'group',
      'l2,Acme,64500,LHR1,EMEA,pni,100e9,ACME-LON,,,',
      'ACME-LON',
      'acme-lon',
      'capacity groups of one ISP, site and link type',
    ],
    [
      'owner',
      'l2,Meseta,64501,FRA1,EMEA,pni,100e9,,,,ALICE',
      'ALICE',
      'alice',
      'owners',
    ],
  ])(
    'rejects a second spelling in column %s, naming both lines: it would split what belongs together',
    (field, row, value, first, what) => {
      // Prepare: line 2 writes the name one way, line 3 another
      const text = `${HEADER}\nl1,Acme,64500,LHR1,EMEA,pni,100e9,acme-lon,,,alice\n${row}\n`;

      // Act / Assess
      expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
        `inv/links.csv, line 3: field '${field}' differs only in case, ` +
          `spaces or punctuation from '${first}' on line 2: names match ` +
          `exactly, so these would be two ${what}`,
      );
      expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
        `write one spelling (got ${JSON.stringify(value)})`,
      );
    },
  );

  it('reads names that differ in more than case, spaces and punctuation', () => {
    // Prepare: ISPs Acme and Acme2, sites LHR1 and LHR2
    const text =
      `${HEADER}\nl1,Acme,64500,LHR1,EMEA,pni,100e9,,,,\n` +
      'l2,Acme2,64501,LHR2,EMEA,pni,100e9,,,,\n';

    // Act
    const links = parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG);

    // Assess
    expect(links.map((link) => link.group)).toEqual([
      'Acme/LHR1/pni',
      'Acme2/LHR2/pni',
    ]);
  });
});

describe('parseLinks on names that look alike', () => {
  it.each([
    ['one é as e and a combining accent', 'Te\u0301le\u0301com'],
    ['no accent', 'Telecom'],
  ])(
    "rejects an ISP 'Télécom' written with %s on another line",
    (_how, second) => {
      // Prepare: line 2 writes é as one character
      const text =
        `${HEADER}\nl1,T\u00e9l\u00e9com,64500,LHR1,EMEA,pni,100e9,,,,\n` +
        `l2,${second},64500,LHR1,EMEA,pni,100e9,,,,\n`;

      // Act / Assess
      expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
        "inv/links.csv, line 3: field 'isp'",
      );
    },
  );

  it('reads two regions of punctuation alone as two regions', () => {
    // Prepare: '-' and '?' have no letter or digit to compare
    const text =
      `${HEADER}\nl1,Acme,64500,LHR1,-,pni,100e9,,,,\n` +
      'l2,Meseta,64501,FRA1,?,pni,100e9,,,,\n';

    // Act
    const links = parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG);

    // Assess
    expect(links.map((link) => link.region)).toEqual(['-', '?']);
  });
});

describe('parseLinks on groups spelled alike', () => {
  it('reads groups of two ISPs as two groups however alike their names', () => {
    // Prepare: one name for both would be refused (a group is one ISP's)
    const text =
      `${HEADER}\nl1,Acme,64500,LHR1,EMEA,pni,100e9,LHR bundle 1,,,\n` +
      'l2,Meseta,64501,LHR1,EMEA,pni,100e9,lhr-bundle-1,,,\n' +
      // default keys 'Euro/NET1/pni' and 'EuroNet/1/pni' read alike
      'l3,Euro,64502,NET1,EMEA,pni,100e9,,,,\n' +
      'l4,EuroNet,64503,1,EMEA,pni,100e9,,,,\n';

    // Act
    const links = parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG);

    // Assess
    expect(links.map((link) => link.group)).toEqual([
      'LHR bundle 1',
      'lhr-bundle-1',
      'Euro/NET1/pni',
      'EuroNet/1/pni',
    ]);
  });

  it('rejects a group written like the default group of a line without one, saying none is written there', () => {
    // Prepare: line 2 has no group, so 'Acme/LHR1/pni'
    const text =
      `${HEADER}\nl1,Acme,64500,LHR1,EMEA,pni,100e9,,,,\n` +
      'l2,Acme,64500,LHR1,EMEA,pni,100e9,acme-lhr1-pni,,,\n';

    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      "inv/links.csv, line 3: field 'group' differs only in case, spaces or " +
        "punctuation from 'Acme/LHR1/pni' on line 2 (the default group: " +
        'isp/site/link_type, for a line that writes no group)',
    );
  });

  it('rejects a line without a group whose default is written otherwise on an earlier line', () => {
    // Prepare
    const text =
      `${HEADER}\nl1,Acme,64500,LHR1,EMEA,pni,100e9,acme/lhr1/pni,,,\n` +
      'l2,Acme,64500,LHR1,EMEA,pni,100e9,,,,\n';

    // Act / Assess
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      "inv/links.csv, line 3: field 'group' is the default group " +
        "'Acme/LHR1/pni' (isp/site/link_type, for a line that writes no " +
        'group), which differs only in case, spaces or punctuation from ' +
        "'acme/lhr1/pni' on line 2",
    );
  });
});
