import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import type { LinkQuality } from '#lib/domain/quality';
import { loadRunQuality } from '#lib/pipeline/read-quality-rows';
import { writeRunJson } from '#lib/pipeline/run-files';
import { writeQualityRows } from '#lib/pipeline/write-quality-rows';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';

const WINDOW = { from: '2026-01-01', to: '2026-03-02' };

/** 25,000 rows: three parts, the highest counts in the last. */
async function* pages() {
  for (let first = 0; first < 25_000; first += 1_000) {
    yield Array.from({ length: 1_000 }, (_, i): LinkQuality => {
      const n = first + i;
      return { linkId: `l${n}`, kind: 'zero', count: n % 7_000, days: 1 };
    });
  }
}

describe('loadRunQuality', () => {
  let dir = '';
  let store: FsObjectStore;
  beforeEach(async () => {
    dir = await makeTempDir('read-quality-rows');
    store = new FsObjectStore(dir);
    await writeRunJson(store, 'runs/r1/quality.json', {
      ...WINDOW,
      totals: { zero: 1 },
      unknownLinks: [],
      missingDays: [],
    });
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('keeps the top links of every part, byLink after totals, and reads the rows again', async () => {
    // Prepare
    const qualityRows = await writeQualityRows(store, 'r1', pages());

    // Act
    const { quality, rows } = await loadRunQuality(store, {
      runId: 'r1',
      window: WINDOW,
      qualityRows,
    });

    // Assess
    expect(qualityRows).toEqual({ parts: 3, rows: 25_000 });
    expect(Object.keys(quality)).toEqual([
      ...['from', 'to', 'totals', 'byLink', 'unknownLinks', 'missingDays'],
    ]);
    // Counts 6,999 down, each on three links in the report's order
    const top = [0, 1, 2, 3, 4, 5, 6].flatMap((d) =>
      [0, 7_000, 14_000].map((k) => `l${6_999 - d + k}`),
    );
    expect(quality.byLink.map((r) => r.linkId)).toEqual(top.slice(0, 20));
    let read = 0;
    for await (const page of rows()) read += page.length;
    expect(read).toBe(25_000);
  });

  it.each([
    [
      'more rows than the parts hold',
      { parts: 3, rows: 25_001 },
      "runs/r1/quality-rows/ holds 25000 rows, not the plan's 25001: it was replaced or edited after the plan; run again",
    ],
    [
      'a part that is not there',
      { parts: 4, rows: 25_000 },
      'runs/r1/quality-rows/part-0003.jsonl is missing',
    ],
  ])('refuses a plan that counts %s', async (_name, qualityRows, message) => {
    // Prepare
    await writeQualityRows(store, 'r1', pages());

    // Act
    const loaded = loadRunQuality(store, {
      runId: 'r1',
      window: WINDOW,
      qualityRows,
    });

    // Assess
    await expect(loaded).rejects.toThrow(message);
  });
});
