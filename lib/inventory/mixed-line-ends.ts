import { InputError } from '#lib/errors';

/** How a line ends: what csv-parse takes as its rows' delimiter. */
type LineEnd = 'LF' | 'CR LF' | 'CR';

/**
 * Refuses a CSV whose lines, outside quoted fields, end in more than one
 * way (rows pasted from a Windows file below a Unix header). csv-parse
 * takes the first line's end as every row's: past it, a CR LF row held
 * its CR in its last field ("must not contain control characters",
 * `peering-uk\r`), and LF rows after a CR LF header merged into one row
 * ("has 3 fields where the header has 2: a comma in a value?"), each on
 * a line counted otherwise. A line break inside quotes may be of another
 * kind (a spreadsheet's cell of two lines in a CR LF file is LF), and
 * so may blank lines after the last row, which no row is read from.
 *
 * @param text - the file's content
 * @param file - the file's name, for the message
 * @throws InputError naming the file and the first line that ends
 *   otherwise than line 1
 * @example
 * rejectMixedLineEnds('a,b\n1,2\r\n', 'links.csv'); // throws: line 2
 */
export function rejectMixedLineEnds(text: string, file: string): void {
  // A file of blank lines is empty, which readCsvRows says.
  if (text.trim() === '') return;
  // Blank lines after the last row are skipped however they end (a LF
  // appended to a CR LF file): only the last row's own end counts.
  const body = text.replace(/(\r\n|\n|\r)[\r\n]*$/, '$1');
  let quoted = false;
  let line = 1;
  let first: LineEnd | undefined;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"') quoted = !quoted;
    if (c !== '\n' && c !== '\r') continue;
    const end: LineEnd =
      c === '\n' ? 'LF' : body[i + 1] === '\n' ? 'CR LF' : 'CR';
    if (end === 'CR LF') i++;
    if (!quoted) {
      first ??= end;
      if (end !== first) {
        throw new InputError(
          file,
          `ends in ${end} where line 1 ends in ${first}: the file mixes ` +
            'line ends (rows pasted from another file?), so its rows ' +
            'would be read wrongly; save it again with one kind',
          { line },
        );
      }
    }
    line++;
  }
}
