import type { ReportFile } from './report-input.ts';

/**
 * A report file named before it is rendered: publish renders each one
 * only when it writes it, so that it never holds every file's text at
 * once, and a large one in pieces, so that it never holds all its rows
 * (docs/architecture.md "Stages").
 *
 * @example
 * const file: DeferredFile = { path: 'a.json',
 *   contentType: 'application/json', pieces: () => ['{}'] };
 */
export interface DeferredFile {
  readonly path: string;
  readonly contentType: string;
  /** The file's text in pieces, in order, made as they are read. */
  readonly pieces: () => Iterable<string>;
}

/**
 * A file rendered in pieces that come as they are read from elsewhere
 * (`data-quality.json`'s per-link rows, from the run's parts): a
 * `DeferredFile` whose pieces are awaited.
 *
 * @example
 * const file: StreamedFile = { path: 'a.json',
 *   contentType: 'application/json', pieces: async function* () {} };
 */
export interface StreamedFile {
  readonly path: string;
  readonly contentType: string;
  /** The file's text in pieces, in order, made as they are read. */
  readonly pieces: () => AsyncIterable<string>;
}

/**
 * Renders a deferred file now, in one piece.
 *
 * @param file - the file
 * @returns the file with its text
 * @example
 * renderNow({ path: 'a.txt', contentType: 'text/plain',
 *   pieces: () => ['a', 'b'] }).body; // 'ab'
 */
export function renderNow(file: DeferredFile): ReportFile {
  const body = [...file.pieces()].join('');
  return { path: file.path, body, contentType: file.contentType };
}
