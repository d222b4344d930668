import { describe, expect, it } from 'vitest';
import { hasNewTraffic, isTrusted } from '#lib/pipeline/rollup-plan';
import type { PartitionMarker } from '#lib/ports/query-engine';

const FILE = { name: 'part-1.parquet', bytes: 2_048 };
const marker = (over: Partial<PartitionMarker>): PartitionMarker => ({
  dt: '2026-01-01',
  rows: 480,
  files: [FILE],
  tag: 't',
  writtenAt: '2026-01-02T00:10:00Z',
  ...over,
});

describe('isTrusted', () => {
  it.each([
    ['the files its marker recorded', true, [FILE], marker({})],
    ['no marker', false, [FILE], undefined],
    ['a file of another size', false, [{ ...FILE, bytes: 9 }], marker({})],
    ['a file more', false, [FILE, { ...FILE, name: 'b' }], marker({})],
    ['no rows and no file', true, [], marker({ rows: 0, files: [] })],
    ['rows written but no file', false, [], marker({ files: [] })],
  ])('a day with %s is trusted: %s', (_, trusted, files, recorded) => {
    // Act / Assess
    expect(
      isTrusted({
        dt: '2026-01-01',
        files,
        ...(recorded ? { marker: recorded } : {}),
      }),
    ).toBe(trusted);
  });
});

describe('hasNewTraffic', () => {
  const A = { name: 'a.parquet', bytes: 100 };
  const LATE = { name: 'late.parquet', bytes: 50 };
  it.each([
    ['a file added since', true, [A], [A, LATE]],
    ['a file replaced with other bytes', true, [A], [{ ...A, bytes: 7 }]],
    ['the files it listed', false, [A], [A]],
    ['a file added and one listed gone (expired)', false, [A], [LATE]],
    ['a file gone only', false, [A, LATE], [A]],
    ['no list in its marker (an older one)', false, undefined, [A, LATE]],
  ])('a day with %s is rolled up again: %s', (_, again, read, files) => {
    // Act / Assess
    expect(
      hasNewTraffic(marker(read ? { read } : {}), { dt: '2026-01-01', files }),
    ).toBe(again);
  });
});
