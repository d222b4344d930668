import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '#lib/decode-utf8';
import { ConfigError } from '#lib/errors';
import { chunksOf, fileOf } from '../helpers/line-chunks-of.ts';

/** An .xlsx's first bytes: a ZIP archive's local file header, then XML. */
const XLSX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]),
  Buffer.from('[Content_Types].xml'),
]);
/** An Excel 97-2003 .xls's first bytes: an OLE2 compound file's. */
const XLS = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
const SAVE_CSV = 'not text: open it and save the sheet as "CSV UTF-8"';

describe('a spreadsheet workbook given for a text file', () => {
  it.each([
    ['.xlsx', XLSX, '.xlsx or .ods: a ZIP archive'],
    ['.xls', XLS, 'Excel 97-2003, .xls'],
  ])(
    'names an %s workbook named links.csv as one, on line 1',
    (_, bytes, kind) => {
      // Act: it said "byte 0x00 at character 6 of the line …; save it as
      // UTF-8", which a workbook's Save does not give
      const act = () => decodeUtf8(bytes, 'inv/links.csv');

      // Assess
      expect(act).toThrow(
        `inv/links.csv, line 1: is a spreadsheet's workbook (${kind}), ${SAVE_CSV}`,
      );
    },
  );

  it('tells a configuration that is a workbook to be text, not CSV', () => {
    // Act
    const act = () => decodeUtf8(XLSX, 'headroom.json', ConfigError);

    // Assess
    expect(act).toThrow(ConfigError);
    expect(act).toThrow(
      "headroom.json, line 1: is a spreadsheet's workbook (.xlsx or .ods: a " +
        'ZIP archive), not text: write it as UTF-8 text',
    );
  });

  it("names headroom forecast's input that is a workbook as one", async () => {
    // Prepare
    const file = await fileOf(XLSX);

    // Act
    const act = chunksOf(file);

    // Assess
    await expect(act).rejects.toThrow(
      `${file}, line 1: is a spreadsheet's workbook (.xlsx or .ods: a ZIP ` +
        `archive), ${SAVE_CSV}`,
    );
  });
});
