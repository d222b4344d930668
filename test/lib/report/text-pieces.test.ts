import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { SPREADSHEET_SAFE_CAST } from '#lib/report/spreadsheet-safe';
import {
  csvPieces,
  jsonArrayPieces,
  jsonObjectPagePieces,
  jsonObjectPieces,
} from '#lib/report/text-pieces';

/** Rows with quoting, formulas, booleans, non-ASCII text and gaps. */
const items = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    key: i % 7 === 0 ? `=SUM(A${i})` : `Acme, "LHR${i}" → é`,
    ok: i % 2 === 0,
    bps: i % 5 === 0 ? null : i * 1.5,
  }));
const OPTIONS = { header: true, columns: ['key', 'ok', 'bps'] };

describe('csvPieces', () => {
  it.each([0, 1, 1_000, 2_501])(
    'joins into the text of one stringify of %i rows',
    (count) => {
      // Prepare
      const rows = items(count);
      const options = { ...OPTIONS, ...SPREADSHEET_SAFE_CAST };

      // Act
      const pieces = [...csvPieces(rows, (r) => r, options)];

      // Assess
      expect(pieces.join('')).toBe(stringify(rows, options));
      expect(pieces.length).toBe(Math.max(1, Math.ceil(count / 1_000)));
    },
  );
});

describe('jsonArrayPieces', () => {
  it.each([0, 1, 1_000, 2_501])(
    'joins into JSON.stringify of %i items, indented',
    (count) => {
      // Prepare
      const rows = items(count);
      const toItem = (r: (typeof rows)[number]) => ({ ...r, n: [1, 2] });

      // Act
      const text = [...jsonArrayPieces(rows, toItem, 1)].join('');

      // Assess
      expect(text).toBe(JSON.stringify(rows.map(toItem), null, 1));
    },
  );
});

describe('jsonObjectPieces', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2_501, 1],
    [1_001, 2],
  ])(
    'joins into JSON.stringify of an object around %i items, indent %i',
    (count, indent) => {
      // Prepare: the array between other fields, one of them holding a
      // line feed and the field's own name in its text
      const value = {
        kind: 'x\n"rows": ',
        rows: items(count).map((r) => ({ ...r, n: [1, { m: 2 }] })),
        tail: { rows: [] },
      };

      // Act
      const text = [...jsonObjectPieces(value, 'rows', indent)].join('');

      // Assess
      expect(text).toBe(JSON.stringify(value, null, indent));
    },
  );
});

describe('jsonObjectPagePieces', () => {
  it.each([
    [[], 1],
    [[0, 0], 1],
    [[2_501], 1],
    [[3, 0, 1_000, 7], 2],
  ])(
    'joins into JSON.stringify of an object around pages of %j items, indent %i',
    async (sizes, indent) => {
      // Prepare: the rows given in pages, empty ones among them, the
      // object's own field unread
      const rows = items(sizes.reduce((a, b) => a + b, 0)).map((r) => ({
        ...r,
        n: [1, { m: 2 }],
      }));
      const value = { kind: 'x\n"rows": ', rows, tail: { rows: [] } };
      async function* pages() {
        let at = 0;
        for (const size of sizes) {
          yield rows.slice(at, at + size);
          at += size;
        }
      }

      // Act
      const pieces = jsonObjectPagePieces(
        { ...value, rows: ['not read'] },
        'rows',
        pages(),
        indent,
      );
      let text = '';
      for await (const piece of pieces) text += piece;

      // Assess
      expect(text).toBe(JSON.stringify(value, null, indent));
    },
  );
});
