import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { EMPTY_ROLLUP } from '#lib/pipeline/rollup-stage';
import { writeQualityReport } from '#lib/pipeline/write-quality-report';
import type { QueryEngine } from '#lib/ports/query-engine';
import { replaceDay } from '../../helpers/replace-day.ts';
import {
  DAY,
  dir,
  engine,
  LINKS,
  QUALITY_DAY,
  useQualityEngine,
} from './write-quality-report-fixture.ts';

const id = (i: number) => `l${String(i).padStart(4, '0')}`;

/** The report's per-link rows, in its order. */
const ROWS = [
  { linkId: 'a0', kind: 'spike', count: 3, days: 1 },
  ...Array.from({ length: LINKS }, (_, i) => [
    { linkId: id(i + 1), kind: 'duplicate', count: 2, days: 1 },
    { linkId: id(i + 1), kind: 'zero', count: 1, days: 1 },
  ]).flat(),
  { linkId: null, kind: 'unknown_link', count: 288, days: 1 },
];

/** The report but its rows, as one `JSON.stringify` writes it. */
const EXPECTED = JSON.stringify({
  from: DAY,
  to: '2026-01-02',
  totals: {
    spike: 3,
    duplicate: 2 * LINKS,
    zero: LINKS,
    unknown_link: 288,
  },
  noLinkIdRows: 288,
  unknownLinks: [],
  silentLinks: [],
  missingDays: [],
  unreadableFiles: [],
  daysNotReRolled: [],
});

describe('writeQualityReport', () => {
  useQualityEngine();

  it('writes the per-link rows as they are read into parts of JSON Lines, ten thousand a part, and the rest as quality.json', async () => {
    // Prepare
    await replaceDay(engine, 'quality_daily', DAY, QUALITY_DAY);
    const store = new FsObjectStore(join(dir, 'reports'));
    const seen = { largestQuery: 0 };

    // Act
    const handed = await writeQualityReport(
      { engine: countingRows(engine, seen), reports: store },
      {
        runId: 'r1',
        window: { from: DAY, to: '2026-01-02' },
        inventory: { links: [], augments: [] },
        rollup: EMPTY_ROLLUP,
      },
    );

    // Assess: quality.json without the rows; every row, in order, in
    // two parts; never a query's whole result of per-link rows
    const text = async (key: string) =>
      new TextDecoder().decode(await store.get(`runs/r1/${key}`));
    expect(await text('quality.json')).toBe(EXPECTED);
    const parts = await store.list('runs/r1/quality-rows/');
    expect(parts.map((key) => key.split('/').pop())).toEqual([
      'part-0000.jsonl',
      'part-0001.jsonl',
    ]);
    const lines = [
      ...(await text('quality-rows/part-0000.jsonl')).split('\n'),
      ...(await text('quality-rows/part-0001.jsonl')).split('\n'),
    ];
    expect(lines.filter((l) => l !== '').map((l) => JSON.parse(l))).toEqual(
      ROWS,
    );
    expect(lines[10_000]).toBe('');
    // What the plan hands on in plan.json: the file's fields, the parts
    // and the overview's top links, a tie in the report's order
    const top = [
      ROWS.at(-1),
      ROWS[0],
      ...ROWS.slice(1, 37).filter((row) => row.kind === 'duplicate'),
    ];
    expect(handed).toEqual({
      silentLinks: [],
      likelyMembers: [],
      trafficDays: { missingDays: [] },
      qualityRows: { parts: 2, rows: 2 * LINKS + 2, topLinks: top },
    });
    expect(handed.qualityRows.topLinks).toHaveLength(20);
    expect(seen.largestQuery).toBeLessThan(10);
  });
});

/** The engine, noting the most rows one `query` returned. */
function countingRows(
  engine: QueryEngine,
  seen: { largestQuery: number },
): QueryEngine {
  return new Proxy(engine, {
    get(target, name) {
      if (name === 'query') {
        return async (sql: string) => {
          const rows = await target.query(sql);
          seen.largestQuery = Math.max(seen.largestQuery, rows.length);
          return rows;
        };
      }
      const value = Reflect.get(target, name);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
