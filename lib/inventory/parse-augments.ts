import {
  AUGMENT_CSV_COLUMNS,
  type PlannedAugment,
  REQUIRED_AUGMENT_COLUMNS,
} from '#lib/domain/inventory';
import { InputError } from '#lib/errors';
import { looseId, looseName, quoted } from '#lib/input-message';
import { fieldsOf } from './field-parsers.ts';
import { readCsvRows } from './read-csv-rows.ts';

/**
 * Parses `augments.csv` (capacity already ordered); its `reference`
 * column is optional, as its values are. Every group must exist
 * in the inventory, so that a typo cannot hide a planned augment; each row
 * is one augment, so a reference repeated within a group, or a row
 * repeated whole, is rejected rather than counted twice.
 *
 * @param text - the file's content
 * @param file - the file's name, for error messages
 * @param groups - the capacity groups the inventory defines
 * @returns the planned augments
 * @throws InputError naming the file, line, field and value
 * @example
 * parseAugments(csvText, 'augments.csv', new Set(['Acme/LHR1/pni']));
 */
export function parseAugments(
  text: string,
  file: string,
  groups: ReadonlySet<string>,
): PlannedAugment[] {
  const rows = readCsvRows(
    text,
    file,
    AUGMENT_CSV_COLUMNS.slice(0, REQUIRED_AUGMENT_COLUMNS),
    AUGMENT_CSV_COLUMNS,
  );
  const augments = rows.map((row) => {
    const f = fieldsOf(file, row);
    const group = f.text('group');
    if (!groups.has(group)) {
      throw new InputError(file, unknownGroupProblem(group, groups), {
        line: row.line,
        field: 'group',
        value: group,
      });
    }
    return {
      group,
      inServiceDate: f.date('in_service_date'),
      addedBps: f.capacity('added_bps'),
      reference: f.optionalText('reference', 200) ?? '',
    };
  });
  rejectDuplicates(
    augments,
    rows.map((row) => row.line),
    file,
  );
  return augments;
}

/**
 * Why an augment's group is refused, naming the inventory's group spelled
 * otherwise when one differs only in case, spaces or punctuation
 * (`looseName`): `acme/LHR1/PNI` said only that no such group was there.
 */
function unknownGroupProblem(group: string, groups: ReadonlySet<string>) {
  const problem = 'names a group the inventory does not have';
  const near = [...groups].find((g) => looseName(g) === looseName(group));
  return near === undefined
    ? problem
    : `${problem}; links.csv has '${quoted(near)}': groups match exactly, ` +
        'so the augment would count for none';
}

/**
 * A group's augment listed twice would be counted twice, its planned
 * capacity doubled. A reference names one augment of a group (one change
 * may cover several groups), compared in case and spaces loosely
 * (`looseId`: `CHG-1` retyped `chg-1` was a second augment); rows
 * without a reference repeat one another when group, date and size agree.
 */
function rejectDuplicates(
  augments: readonly PlannedAugment[],
  lines: readonly number[],
  file: string,
) {
  const seen = new Map<string, number>();
  augments.forEach((a, k) => {
    const key = JSON.stringify(
      a.reference === ''
        ? [a.group, a.inServiceDate, a.addedBps, '']
        : [a.group, looseId(a.reference)],
    );
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, k);
      return;
    }
    // A row without a reference repeats in its date and size, not in the
    // reference it lacks.
    throw new InputError(
      file,
      duplicateProblem(a, augments[first]!, lines[first]!),
      a.reference === ''
        ? { line: lines[k]!, field: 'in_service_date', value: a.inServiceDate }
        : { line: lines[k]!, field: 'reference', value: a.reference },
    );
  });
}

/** Why an augment repeats the one on line `line`. */
function duplicateProblem(
  a: PlannedAugment,
  first: PlannedAugment,
  line: number,
): string {
  const group = `group '${quoted(a.group)}'`;
  if (a.reference === '') {
    return (
      `repeats line ${line} (${group}, ${a.inServiceDate}, ${a.addedBps} ` +
      'bps, no reference): an augment is listed once (give two real ones ' +
      'their references)'
    );
  }
  if (a.reference === first.reference) {
    return (
      `duplicate reference in ${group}, first on line ${line}: an augment ` +
      'is listed once'
    );
  }
  const what =
    a.reference.toLowerCase() === first.reference.toLowerCase()
      ? 'case'
      : 'case or spaces';
  return (
    `differs only in ${what} from line ${line}'s ` +
    `'${quoted(first.reference)}' in ${group}: an augment is listed once`
  );
}
