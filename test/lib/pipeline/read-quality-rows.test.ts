import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import type { LinkQuality } from '#lib/domain/quality';
import { loadRunQuality } from '#lib/pipeline/read-quality-rows';
import { writeRunJson } from '#lib/pipeline/run-files';
import {
  writeQualityRows,
  writeQualityRowsKeepingTop,
} from '#lib/pipeline/write-quality-rows';
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

/** Counts 6,999 down, each on three links in the report's order. */
const TOP = [0, 1, 2, 3, 4, 5, 6]
  .flatMap((d) => [0, 7_000, 14_000].map((k) => `l${6_999 - d + k}`))
  .slice(0, 20);

/** A report store that notes the parts of quality rows it reads. */
class PartsCountingStore extends FsObjectStore {
  readonly partsRead: string[] = [];
  override async get(key: string) {
    if (key.includes('/quality-rows/')) this.partsRead.push(key);
    return super.get(key);
  }
}

describe('loadRunQuality', () => {
  let dir = '';
  let store: PartsCountingStore;
  beforeEach(async () => {
    dir = await makeTempDir('read-quality-rows');
    store = new PartsCountingStore(dir);
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

  /** Loads the report, then reads every row; the rows read, in order. */
  async function loadAndRead(plan: Parameters<typeof loadRunQuality>[1]) {
    const loaded = await loadRunQuality(store, plan);
    const partsBeforeRows = store.partsRead.length;
    const read: (string | null)[] = [];
    for await (const page of loaded.rows()) {
      read.push(...page.map((row) => row.linkId));
    }
    return { ...loaded, read, partsBeforeRows };
  }

  it("takes the plan's top links, byLink after totals, and reads each part once, for the rows", async () => {
    // Prepare
    const qualityRows = await writeQualityRowsKeepingTop(store, 'r1', pages());

    // Act
    const loaded = await loadAndRead({
      runId: 'r1',
      window: WINDOW,
      qualityRows,
    });

    // Assess
    expect(qualityRows.parts).toBe(3);
    expect(qualityRows.rows).toBe(25_000);
    expect(Object.keys(loaded.quality)).toEqual([
      ...['from', 'to', 'totals', 'byLink', 'unknownLinks', 'missingDays'],
    ]);
    expect(loaded.quality.byLink.map((r) => r.linkId)).toEqual(TOP);
    expect(loaded.partsBeforeRows).toBe(0);
    expect(loaded.read).toHaveLength(25_000);
    expect(loaded.read.slice(0, 2)).toEqual(['l0', 'l1']);
    expect(store.partsRead.map((key) => key.split('/').pop())).toEqual([
      'part-0000.jsonl',
      'part-0001.jsonl',
      'part-0002.jsonl',
    ]);
  });

  it('finds the same top links in the parts of an older plan, which recorded none, reading them twice', async () => {
    // Prepare: parts written as before the plan kept the top links
    const qualityRows = await writeQualityRows(store, 'r1', pages());

    // Act
    const loaded = await loadAndRead({
      runId: 'r1',
      window: WINDOW,
      qualityRows,
    });

    // Assess
    expect(qualityRows).toEqual({ parts: 3, rows: 25_000 });
    expect(loaded.quality.byLink.map((r) => r.linkId)).toEqual(TOP);
    expect(loaded.partsBeforeRows).toBe(3);
    expect(loaded.read).toHaveLength(25_000);
    expect(store.partsRead).toHaveLength(6);
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
  ])('refuses a plan that counts %s', async (_name, counted, message) => {
    // Prepare
    const { topLinks } = await writeQualityRowsKeepingTop(store, 'r1', pages());
    const plan = (qualityRows: object) => ({
      runId: 'r1',
      window: WINDOW,
      qualityRows: { ...counted, ...qualityRows },
    });

    const failure = (loading: Promise<unknown>) =>
      loading.then(
        () => 'no error',
        (error: Error) => error.message,
      );

    // Act
    const older = await failure(loadRunQuality(store, plan({})));
    const newer = await failure(loadAndRead(plan({ topLinks })));

    // Assess: an older plan's while its top links are found, a newer
    // one's while its rows are read
    expect(older).toBe(message);
    expect(newer).toBe(message);
  });
});
