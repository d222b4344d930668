import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '#lib/config';
import { parseLinks } from '#lib/inventory/index';
import { HEADER, ROW } from './links-csv-fixture.ts';

describe('parseLinks header', () => {
  it.each([
    [
      'a threshold column misspelt (the link kept the default critical)',
      `${HEADER},critcal\n${ROW},0.9\n`,
      'critcal',
      'critical',
    ],
    [
      'the owner column with an s',
      `${HEADER.replace(',owner', ',owners')}\n${ROW.slice(0, -1)},alice\n`,
      'owners',
      'owner',
    ],
    [
      'the lead time column without its unit',
      `${HEADER.replace('lead_time_days', 'lead_time')}\n${ROW}\n`,
      'lead_time',
      'lead_time_days',
    ],
    [
      'a retirement column without its _on (the link kept counting)',
      `${HEADER},retired\n${ROW},2026-11-01\n`,
      'retired',
      'retired_on',
    ],
  ])('rejects %s, naming the column meant', (_, text, name, column) => {
    // Act / Assess: it was ignored without a word
    expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
      `inv/links.csv, line 1: field '${name}' is not a column Headroom ` +
        `reads, so its values would be ignored: did you mean '${column}'? ` +
        'name it so',
    );
  });

  it.each([
    [
      'a lead time in weeks',
      `${HEADER.replace('lead_time_days', 'lead_time')}\n${ROW}\n`,
      'lead_time',
      "'lead_time_days'? name it so, its values in days;",
    ],
    [
      'a port speed in Gbit/s',
      `${HEADER.replace('port_bps', 'port_gbps')}\n${ROW}\n`,
      'port_gbps',
      "'port_bps'? name it so, its values in bits per second;",
    ],
    [
      'a retired flag',
      `${HEADER},retired\n${ROW},yes\n`,
      'retired',
      "'retired_on'? name it so, its values dates (YYYY-MM-DD);",
    ],
  ])(
    'says what the column meant holds of %s, which renamed as asked was read in another unit',
    (_, text, name, says) => {
      // Act / Assess: 'name it so' alone turned 6 weeks into 6 days
      expect(() => parseLinks(text, 'inv/links.csv', DEFAULT_CONFIG)).toThrow(
        `field '${name}' is not a column Headroom reads, so its values ` +
          `would be ignored: did you mean ${says} or, if it is a column ` +
          'of your own, add',
      );
    },
  );

  it('asks nothing of the values of a column whose name says no unit', () => {
    // Act / Assess
    expect(() =>
      parseLinks(
        `${HEADER},critcal\n${ROW},0.9\n`,
        'inv/links.csv',
        DEFAULT_CONFIG,
      ),
    ).toThrow(
      "did you mean 'critical'? name it so; or, if it is a column of your " +
        'own, add',
    );
  });
});
