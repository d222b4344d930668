/**
 * A fleet's data-quality report in a run folder, for the quality benches
 * (`bench/shard-quality.ts`, `bench/publish-quality.ts`): `--links` links
 * with `--kinds` kinds of problem each (as `bench/plan-memory.ts`'s lake
 * with four kinds on every link), written as the plan writes it now (the
 * per-link rows in parts beside `quality.json` with the overview's top
 * links in the plan, `writeQualityRowsKeepingTop`), as it did before
 * session 60 (the parts alone, `writeQualityRows`), or before that
 * (`quality.json` holding them, no `qualityRows` in the plan), each form
 * in a run of its own; the parent writes them a page at a time, never
 * holding every row.
 */
import type { LinkQuality } from '#lib/domain/quality';
import { QUALITY_KINDS } from '#lib/domain/vocabulary';
import { encodeJson, runKeys, writeRunJson } from '#lib/pipeline/run-files';
import {
  writeQualityRows,
  writeQualityRowsKeepingTop,
} from '#lib/pipeline/write-quality-rows';
import type { ObjectStore } from '#lib/ports/object-store';

export const WINDOW = { from: '2024-11-26', to: '2026-11-26' };

/** The forms, each written as a run of that id. */
export const FORMS = ['whole', 'parts', 'top'] as const;

/** How each form in parts writes them, as the plan did or does. */
export const PART_WRITERS = {
  parts: writeQualityRows,
  top: writeQualityRowsKeepingTop,
} as const;

/** The fleet's rows, a thousand links at a time. */
export async function* qualityPages(links: number, kinds: number) {
  const id = (i: number) => `fra1-isp${i % 997}-pni-${i}`;
  for (let first = 0; first < links; first += 1_000) {
    const page: LinkQuality[] = [];
    for (let i = first; i < Math.min(links, first + 1_000); i += 1) {
      for (const kind of QUALITY_KINDS.slice(0, kinds)) {
        page.push({ linkId: id(i), kind, count: 100 + (i % 50), days: 3 });
      }
    }
    yield page;
  }
}

/**
 * Writes run `form`'s plan and data-quality report; returns the size of
 * its quality files in bytes.
 */
export async function writeQualityRun(
  store: ObjectStore,
  form: (typeof FORMS)[number],
  fleet: { readonly links: number; readonly kinds: number },
): Promise<number> {
  const keys = runKeys(form);
  const missingDays = ['2025-03-01', '2025-03-02'];
  const totals = Object.fromEntries(
    QUALITY_KINDS.slice(0, fleet.kinds).map((k) => [k, fleet.links * 124]),
  );
  const head = { ...WINDOW, firstTrafficDay: WINDOW.from, totals };
  const tail = {
    unknownLinks: [],
    silentLinks: [],
    missingDays,
    unreadableFiles: [],
    daysNotReRolled: [],
  };
  const pages = qualityPages(fleet.links, fleet.kinds);
  const qualityRows =
    form === 'whole'
      ? await putWhole(store, keys.quality, { head, tail, pages })
      : await PART_WRITERS[form](store, form, pages);
  if (form !== 'whole') {
    await writeRunJson(store, keys.quality, { ...head, ...tail });
  }
  await writeRunJson(store, keys.plan, {
    runId: form,
    window: WINDOW,
    trafficDays: { firstTrafficDay: WINDOW.from, missingDays },
    ...(form === 'whole' ? {} : { qualityRows }),
  });
  const files = await store.list(`${keys.root}/quality`);
  const sizes = await Promise.all(files.map((key) => store.getSize(key)));
  return sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0);
}

/** `quality.json` as the plan wrote it before, `byLink` inline. */
async function putWhole(
  store: ObjectStore,
  key: string,
  report: {
    readonly head: object;
    readonly tail: object;
    readonly pages: AsyncIterable<LinkQuality[]>;
  },
): Promise<undefined> {
  async function* pieces() {
    const utf8 = new TextEncoder();
    yield utf8.encode(`${encodeJson(report.head).slice(0, -1)},"byLink":[`);
    let first = true;
    for await (const page of report.pages) {
      yield utf8.encode(`${first ? '' : ','}${encodeJson(page).slice(1, -1)}`);
      first = false;
    }
    yield utf8.encode(`],${encodeJson(report.tail).slice(1)}`);
  }
  await store.putPieces(key, pieces(), 'application/json');
  return undefined;
}
