import { encodeJson } from './run-files.ts';

/**
 * A run file's bytes as `writeRunJson` writes `value` (`encodeJson`),
 * in pieces, with its array field `key` taken from `pages` as they come:
 * the text before the field, each page's items, the text after it. The
 * pieces joined are the text of `encodeJson` with every page's items in
 * `key`, without those items, or the text, ever held whole (the
 * data-quality report's per-link rows: docs/architecture.md "The plan's
 * memory").
 *
 * @param value - the file's object, `key` in its place (its value unread)
 * @param key - the array field whose items `pages` hold
 * @param pages - the items, in order, a page at a time
 * @returns the bytes, in pieces, for `ObjectStore.putPieces`
 * @example
 * await store.putPieces(key, runJsonPieces({ a: [], b: 1 }, 'a', pages));
 */
export async function* runJsonPieces(
  value: Readonly<Record<string, unknown>>,
  key: string,
  pages: AsyncIterable<readonly unknown[]>,
): AsyncGenerator<Uint8Array> {
  const mark = JSON.stringify('\u0000pieces\u0000');
  const text = encodeJson({ ...value, [key]: JSON.parse(mark) });
  // The field's value begins after `"key":`: compact JSON has no space.
  const at = text.indexOf(`${JSON.stringify(key)}:${mark}`);
  const start = at + JSON.stringify(key).length + 1;
  const utf8 = new TextEncoder();
  yield utf8.encode(`${text.slice(0, start)}[`);
  let first = true;
  for await (const page of pages) {
    if (page.length === 0) continue;
    // Each page as an array without its brackets: its items, comma-joined.
    const items = encodeJson(page).slice(1, -1);
    yield utf8.encode(first ? items : `,${items}`);
    first = false;
  }
  yield utf8.encode(`]${text.slice(start + mark.length)}`);
}
