/**
 * Why bytes saved as UTF-16 cannot be read, if they are: a UTF-16 byte
 * order mark, or NULs beside the first two characters. The advice
 * follows the file's kind: a CSV file comes from a spreadsheet's
 * "Unicode Text" and is saved again as "CSV UTF-8"; a JSON file (a
 * configuration or scenario, from an editor's "Unicode") as UTF-8. A
 * JSON file was told to save itself as "CSV UTF-8".
 *
 * @param bytes - the file's content
 * @param file - the file's name, whose extension says its kind
 * @returns the problem, after the file's name; undefined for other bytes
 * @example
 * utf16Problem(Buffer.from('{}', 'utf16le'), 'c.json');
 * // 'is UTF-16 text, not UTF-8: save it as UTF-8'
 */
export function utf16Problem(
  bytes: Uint8Array,
  file: string,
): string | undefined {
  const [a, b, c, d] = bytes;
  const marked = (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  const little = a !== 0 && b === 0 && c !== 0 && d === 0;
  const big = a === 0 && b !== 0 && c === 0 && d !== 0;
  if (!marked && !little && !big) return undefined;
  return file.toLowerCase().endsWith('.csv')
    ? 'is UTF-16 text (a spreadsheet\'s "Unicode Text"), not UTF-8: ' +
        'save it as "CSV UTF-8"'
    : 'is UTF-16 text, not UTF-8: save it as UTF-8';
}
