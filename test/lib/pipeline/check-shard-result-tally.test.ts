import { describe, expect, it } from 'vitest';
import { StoreError } from '#lib/errors';
import { checkShardResult } from '#lib/pipeline/check-shard-result';
import {
  chartRow,
  FILE,
  RUN,
  result,
  sums,
} from './check-shard-result-fixture.ts';

describe('checkShardResult', () => {
  it.each<[string, unknown, string]>([
    ['no tally', undefined, 'has no accuracy tally'],
    [
      'no chart list',
      { sums: [] },
      'has an accuracy tally without `sums` and `chart` lists',
    ],
    [
      'too many chart rows',
      { sums: [], chart: Array.from({ length: 2001 }, () => chartRow) },
      'has 2001 chart rows, more than 2000',
    ],
    [
      'sums without a count',
      { sums: [sums, { ...sums, count: undefined }], chart: [] },
      'has accuracy sums 1 that has no horizon or no count',
    ],
    [
      'more points inside than compared',
      { sums: [{ ...sums, inside: 3 }], chart: [] },
      'has accuracy sums 0 that has a count inside the interval out of range',
    ],
    [
      'more points at the decision level than compared',
      { sums: [{ ...sums, bounded: 3 }], chart: [] },
      'has accuracy sums 0 that has a count at the decision level out of range',
    ],
    [
      'more points inside than at the decision level',
      { sums: [{ ...sums, bounded: 0 }], chart: [] },
      'has accuracy sums 0 that has a count inside the interval out of range',
    ],
    [
      'more points inside and above than at the decision level',
      {
        sums: [
          { ...sums, bounded: 1, above: 0 },
          { ...sums, bounded: 1 },
        ],
        chart: [],
      },
      'has accuracy sums 1 that has a count above the interval out of range',
    ],
    [
      'a count above the upper bound that is not a count',
      { sums: [{ ...sums, above: -1 }], chart: [] },
      'has accuracy sums 0 that has a count above the interval out of range',
    ],
    [
      'more points inside and above than compared',
      { sums: [{ ...sums, inside: 2 }], chart: [] },
      'has accuracy sums 0 that has a count above the interval out of range',
    ],
    [
      'a chart row without its target date',
      { sums: [], chart: [{ ...chartRow, targetDate: undefined }] },
      'has accuracy chart row 0 that lacks a text',
    ],
  ])('refuses a tally with %s, naming the file', (_, accuracy, problem) => {
    // Act
    const check = () => checkShardResult(result(accuracy), RUN, 's0001');

    // Assess
    expect(check).toThrow(StoreError);
    expect(check).toThrow(`${FILE} ${problem}`);
  });
});
