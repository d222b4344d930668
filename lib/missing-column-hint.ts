import { looseName, quoted } from './input-message.ts';
import { otherNamesHint } from './other-column-names.ts';
import { NAMING } from './unread-column.ts';

/**
 * Why a file's first line holds the whole file: its line ends are CR
 * only, which neither CSV reader takes as line ends.
 */
export const CR_ONLY_HINT =
  ': its line ends are CR only (old Mac); save it with LF or CRLF ends';

/**
 * Why required columns read as missing, when the header says: a CR in
 * the first line (the whole file read as its header), one name holding
 * the others behind another separator (a spreadsheet's CSV where the
 * decimal mark is a comma is separated by ';'), the columns written
 * otherwise (`Link_ID`, `Link ID`: every one so written, not the first
 * alone), a `_bps` column named in another unit (`capacity_gbps`, whose
 * figures are then Gbps), or the columns as other tools name them
 * (`unique_id`, `date`, `value`: `otherNamesHint`); else nothing.
 *
 * @param names - the header's names, trimmed
 * @param missing - the required columns the header lacks, in order
 * @returns the hint, starting with its punctuation, or ''
 * @example
 * missingHint(['Link_ID', 'Capacity_bps'], ['link_id', 'capacity_bps']);
 * // ": the header has 'Link_ID', 'Capacity_bps'; name them 'link_id', …"
 */
export function missingHint(
  names: readonly string[],
  missing: readonly string[],
): string {
  if (names.some((name) => name.includes('\r'))) return CR_ONLY_HINT;
  const only = names.length === 1 ? names[0]! : '';
  // Excel's separator line, which some exporters write before the header
  // and csv-parse reads as the header itself.
  if (/^sep=.?$/i.test(only) || (names[0] === 'sep=' && names.length === 2)) {
    return `: line 1 is Excel's separator line (${names.join(',')}), not the header: delete it`;
  }
  const separator = [';', '\t', '|'].find((s) => only.includes(s));
  if (separator !== undefined) {
    const by = separator === '\t' ? 'tabs' : `'${separator}'`;
    return `: its columns are separated by ${by}, not commas; save it as CSV with commas`;
  }
  return (
    nearHint(names, missing) ||
    unitHint(names, missing[0]!) ||
    otherNamesHint(names, missing)
  );
}

/** The missing columns the header writes in another case or spacing. */
function nearHint(names: readonly string[], missing: readonly string[]) {
  const near = missing.flatMap((column) => {
    const name = names.find((n) => looseName(n) === looseName(column));
    return name === undefined ? [] : [[name, column] as const];
  });
  if (near.length === 0) return '';
  const written = near.map(([name]) => `'${quoted(name)}'`).join(', ');
  const meant = near.map(([, column]) => `'${column}'`).join(', ');
  const them = near.length === 1 ? 'it' : 'them';
  return `: the header has ${written}; name ${them} ${meant} (${NAMING})`;
}

/** A `_bps` column in another unit: `capacity_gbps`. */
function unitHint(names: readonly string[], first: string): string {
  const stem = first.endsWith('_bps') ? looseName(first.slice(0, -4)) : '';
  const inUnit = (name: string) =>
    stem !== '' && new RegExp(`^${stem}[kmgt]bps$`).test(looseName(name));
  const unit = names.find(inUnit);
  return unit === undefined
    ? ''
    : `: the header has '${quoted(unit)}'; Headroom reads bits per ` +
        `second: name it '${first}' and write each figure in bps ` +
        '(100000000000 for 100 Gbps)';
}
