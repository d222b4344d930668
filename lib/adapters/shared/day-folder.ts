import { inputDayProblem, isIsoDay } from '#lib/domain/dates';
import { dayHint } from '#lib/domain/day-hint';
import { escapeUnseen } from '#lib/escape-unseen';
import { shownName } from '#lib/input-message';
import { LakeDataError } from '#lib/query-error';

const DAY_FOLDER = /^dt=\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a lake entry's name is hidden from the tables: it starts with
 * `.` or `_` (scratch, markers: the Hive convention) or is Hadoop's
 * `…_$folder$` placeholder.
 *
 * @param name - a file or folder name
 * @returns true when no table reads it
 * @example
 * isHiddenName('_SUCCESS'); // true
 */
export function isHiddenName(name: string): boolean {
  return /^[_.]|_\$folder\$$/.test(name);
}

/**
 * Whether an entry of a lake table's folder (a local folder, or the first
 * part of an S3 key below the table's prefix) is a day's partition. Names
 * that start with `.` or `_` are skipped (scratch, markers: the Hive
 * convention); any other name must be `dt=` and a real day from
 * 1970-01-01 to 9899-12-31 (as every input date), since a misnamed day
 * would otherwise be left out without a word.
 *
 * @param name - the entry's name
 * @param shown - how to name the entry in the error (its path or URL)
 * @returns true for a `dt=YYYY-MM-DD` folder, false for a hidden name
 * @throws LakeDataError naming the entry otherwise
 * @example
 * isDayFolder('dt=2026-03-10', '/lake/traffic/dt=2026-03-10'); // true
 */
export function isDayFolder(name: string, shown: string): boolean {
  if (isHiddenName(name)) return false;
  const day = name.slice(3);
  if (!DAY_FOLDER.test(name) || !isIsoDay(day)) {
    // A space at the end (or a no-break one) is seen only in quotes:
    // `dt=2026-03-10 ` read as a good name.
    const where =
      shownName(name) === name ? shown : escapeUnseen(JSON.stringify(shown));
    const { before, after } = folderHints(name);
    throw new LakeDataError(
      `${where} is not a day of the lake:${before} name it dt=YYYY-MM-DD ` +
        `with a real day${after}, or start its name with . or _ to have ` +
        'it skipped',
    );
  }
  // The range every input date keeps: dt=0000-01-01 made the lake start
  // in year 0 (the whole history window before the real traffic reported
  // missing), and dt=9999-12-31 was never read, without a word.
  const problem = inputDayProblem(day);
  if (problem === undefined) return true;
  throw new LakeDataError(
    `${shown} is not a day of the lake: its day ${day} ${problem}; ` +
      'rename it, or start its name with . or _ to have it skipped',
  );
}

/**
 * What `dayHint` says of a `dt=` name's day, placed in the message: the
 * folder meant, `dt=2026-03-10` for `dt=2026-3-10` or `dt=20260310`
 * (`after`), or what the calendar lacks, `dt=2026-13-01` (`before`).
 */
function folderHints(name: string): { before: string; after: string } {
  const hint = name.startsWith('dt=') ? dayHint(name.slice(3)) : '';
  if (hint.startsWith(': write ')) {
    return { before: '', after: ` (dt=${hint.slice(8)}?)` };
  }
  return { before: hint === '' ? '' : ` ${hint.slice(2)};`, after: '' };
}
