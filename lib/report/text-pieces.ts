import { type Options, stringify } from 'csv-stringify/sync';

/** Rows turned into text at a time: small pieces, few of them. */
const CHUNK = 1_000;

/**
 * CSV text in pieces of a thousand rows, each row made only when its
 * piece is: the pieces joined are the text of one `stringify` of every
 * row (the header in the first piece), without every row held at once.
 *
 * @param items - what the rows are made from, in order
 * @param toRow - makes one row
 * @param options - csv-stringify's options, as for the whole text
 * @returns the pieces
 * @example
 * [...csvPieces([1, 2], (n) => ({ n }), { header: true })].join('');
 * // 'n\n1\n2\n'
 */
export function* csvPieces<T, R>(
  items: readonly T[],
  toRow: (item: T) => R,
  options: Options,
): Generator<string> {
  for (let at = 0; at === 0 || at < items.length; at += CHUNK) {
    const rows = items.slice(at, at + CHUNK).map(toRow);
    yield stringify(rows, { ...options, header: options.header && at === 0 });
  }
}

/**
 * `JSON.stringify(items.map(toItem), null, indent)` in pieces of a
 * thousand items, each item made only when its piece is.
 *
 * @param items - what the array's items are made from, in order
 * @param toItem - makes one item
 * @param indent - spaces per level, as JSON.stringify's
 * @returns the pieces
 * @example
 * [...jsonArrayPieces([1], (n) => ({ n }), 1)].join(''); // '[\n {\n  "n": 1\n }\n]'
 */
export function* jsonArrayPieces<T>(
  items: readonly T[],
  toItem: (item: T) => unknown,
  indent: number,
): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  for (let at = 0; at < items.length; at += CHUNK) {
    const part = items.slice(at, at + CHUNK).map(toItem);
    // Without its opening '[\n' and closing '\n]': only the items.
    const text = JSON.stringify(part, null, indent).slice(2, -2);
    yield at === 0 ? `[\n${text}` : `,\n${text}`;
  }
  yield '\n]';
}

/**
 * `JSON.stringify(value, null, indent)` of an object in pieces: its array
 * field `key` a thousand items at a time (`jsonArrayPieces`, indented one
 * level deeper), the other fields whole, in their order. The same text,
 * without the whole of it held at once.
 *
 * @param value - the object
 * @param key - its array field to write in pieces
 * @param indent - spaces per level, as JSON.stringify's
 * @returns the pieces
 * @example
 * [...jsonObjectPieces({ a: [1], b: 2 }, 'a', 1)].join('');
 * // '{\n "a": [\n  1\n ],\n "b": 2\n}'
 */
export function* jsonObjectPieces(
  value: Readonly<Record<string, unknown>>,
  key: string,
  indent: number,
): Generator<string> {
  const { head, tail, pad } = objectAround(value, key, indent);
  yield head;
  const items = value[key] as readonly unknown[];
  for (const piece of jsonArrayPieces(items, (item) => item, indent)) {
    yield piece.replaceAll('\n', pad);
  }
  yield tail;
}

/**
 * `jsonObjectPieces` with the array field's items taken from `pages` as
 * they come (the value's own `key` unread): the same text, without the
 * items ever all held (data-quality.json's per-link rows, read from the
 * run's parts: docs/architecture.md "Publish's memory").
 *
 * @param value - the object, `key` in its place
 * @param key - its array field, whose items `pages` hold
 * @param pages - the items, in order, a page at a time
 * @param indent - spaces per level, as JSON.stringify's
 * @returns the pieces
 * @example
 * for await (const piece of jsonObjectPagePieces({ a: [], b: 2 }, 'a',
 *   pages, 1)) text += piece; // '{\n "a": [\n  1\n ],\n "b": 2\n}' of [[1]]
 */
export async function* jsonObjectPagePieces(
  value: Readonly<Record<string, unknown>>,
  key: string,
  pages: AsyncIterable<readonly unknown[]>,
  indent: number,
): AsyncGenerator<string> {
  const { head, tail, pad } = objectAround(value, key, indent);
  yield head;
  let first = true;
  for await (const page of pages) {
    for (const piece of jsonArrayPieces(page, (item) => item, indent)) {
      // Each page's '[' and ']' dropped: one array of every page's items.
      if (piece === '[]' || piece === '\n]') continue;
      const items =
        !first && piece.startsWith('[') ? `,${piece.slice(1)}` : piece;
      yield items.replaceAll('\n', pad);
      first = false;
    }
  }
  yield first ? '[]' : pad.concat(']');
  yield tail;
}

/**
 * The text of `JSON.stringify(value, null, indent)` before and after the
 * value of its field `key`, and the line break and indent of its items.
 */
function objectAround(
  value: Readonly<Record<string, unknown>>,
  key: string,
  indent: number,
) {
  const mark = JSON.stringify('\u0000pieces\u0000');
  const field = `${JSON.stringify(key)}: ${mark}`;
  const text = JSON.stringify(
    { ...value, [key]: JSON.parse(mark) },
    null,
    indent,
  );
  const at = text.indexOf(field) + field.length - mark.length;
  // A JSON text has no raw line feed but between its tokens.
  const pad = `\n${' '.repeat(indent)}`;
  return { head: text.slice(0, at), tail: text.slice(at + mark.length), pad };
}
