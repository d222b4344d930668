import { z } from 'zod';
import { LINK_CSV_READ_COLUMNS } from '#lib/domain/inventory';
import { looseName } from '#lib/input-message';
import { PLAIN_NAME } from '#lib/json-schema';

/**
 * The configuration's `inventory.extraColumns`: columns of links.csv
 * that are the user's own, which Headroom ignores even where one reads
 * as a misspelling of a column it reads (`owners`, a list of people;
 * `lead_time`, in weeks). Each a name as the header writes it (compared
 * in case, spaces and punctuation loosely, as `looseName`); none may be
 * a column Headroom reads, in any spelling (`owner`, `Owner`): its values
 * are read, and listed here they were ignored, or said to be, without a
 * word.
 *
 * @example
 * z.strictObject({ extraColumns: EXTRA_COLUMNS }).parse({ extraColumns: ['owners'] });
 */
export const EXTRA_COLUMNS = z
  .array(PLAIN_NAME)
  .default([])
  .superRefine(refuseReadColumns);

/** Refuses a listed column that Headroom reads, naming it as it reads it. */
function refuseReadColumns(
  columns: readonly string[],
  context: z.RefinementCtx,
): void {
  columns.forEach((column, i) => {
    const read = LINK_CSV_READ_COLUMNS.find(
      (known) => looseName(known) === looseName(column),
    );
    if (read === undefined) return;
    const as = read === column ? '' : ` (as '${read}')`;
    context.addIssue({
      code: 'custom',
      path: [i],
      input: column,
      message:
        `is a column of links.csv Headroom reads${as}, not an extra ` +
        'one it may ignore: take it out of the list (a column of your ' +
        'own must be named otherwise than the columns Headroom reads)',
    });
  });
}
