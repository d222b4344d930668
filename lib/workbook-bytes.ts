/** A ZIP archive's first bytes: an .xlsx or .ods workbook is one. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE2 compound file's first bytes: an Excel 97–2003 .xls workbook. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Why a file that should be text is a spreadsheet's workbook, if it is:
 * an .xlsx (or .ods) saved, renamed or uploaded as `links.csv`, or an old
 * .xls. Each was refused for its first byte that is not UTF-8 (`byte
 * 0x00 at character 6`, `byte 0xD0`), with advice to save it as UTF-8,
 * which a workbook's Save does not give.
 *
 * @param bytes - the file's content
 * @param file - the file's name, whose extension says what to save
 * @returns the problem, after the file's name; undefined for other bytes
 * @example
 * workbookProblem(xlsxBytes, 'links.csv');
 * // 'is a spreadsheet's workbook (.xlsx or .ods: a ZIP archive), not …'
 */
export function workbookProblem(
  bytes: Uint8Array,
  file: string,
): string | undefined {
  const starts = (magic: readonly number[]) =>
    magic.every((byte, i) => bytes[i] === byte);
  const kind = starts(ZIP)
    ? '.xlsx or .ods: a ZIP archive'
    : starts(OLE2)
      ? 'Excel 97-2003, .xls'
      : undefined;
  if (kind === undefined) return undefined;
  const save = file.toLowerCase().endsWith('.csv')
    ? 'open it and save the sheet as "CSV UTF-8"'
    : 'write it as UTF-8 text';
  return `is a spreadsheet's workbook (${kind}), not text: ${save}`;
}
