import {
  AUGMENT_CSV_COLUMNS,
  type PlannedAugment,
} from '#lib/domain/inventory';
import { InputError } from '#lib/errors';
import { fieldsOf } from './field-parsers.ts';
import { readCsvRows } from './read-csv-rows.ts';

/**
 * Parses `augments.csv` (capacity already ordered). Every group must exist
 * in the inventory, so that a typo cannot hide a planned augment.
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
  return readCsvRows(text, file, AUGMENT_CSV_COLUMNS).map((row) => {
    const f = fieldsOf(file, row);
    const group = f.text('group');
    if (!groups.has(group)) {
      throw new InputError(file, 'names a group the inventory does not have', {
        line: row.line,
        field: 'group',
        value: group,
      });
    }
    return {
      group,
      inServiceDate: f.date('in_service_date'),
      addedBps: f.positive('added_bps'),
      reference: f.optionalText('reference', 200) ?? '',
    };
  });
}
