import type { DateErrorSummary } from '#lib/domain/backtest-score';
import { plural } from './format.ts';

/**
 * Which way a signed date error points, said once beside the errors: the
 * accuracy page's intro reads a positive signed error of the forecast
 * values as forecasts too high (a crossing predicted early), while a
 * positive date error is a predicted date after the actual crossing.
 *
 * @example
 * `median error (${SIGNED_DATE_ERROR}): ${formatDateError(e)}`;
 */
export const SIGNED_DATE_ERROR =
  'signed: + when the predicted date came after the crossing, late; ' +
  '− when before it, early';

/**
 * A backtest's median error of the predicted critical date in words, the
 * same on the accuracy page and in `headroom backtest`'s summary.
 *
 * @param e - the median errors and the crossings they cover
 * @returns e.g. `7 days (signed +7, 29 crossings)`; undefined when no
 *   crossing had a prediction
 * @example
 * formatDateError({ medianAbsDays: 1, medianSignedDays: -1, count: 1 });
 * // '1 day (signed −1, 1 crossing)'
 */
export function formatDateError(e: DateErrorSummary): string | undefined {
  if (e.medianAbsDays === null) return undefined;
  const s = e.medianSignedDays ?? 0;
  const signed = s > 0 ? `+${s}` : s < 0 ? `−${-s}` : '0';
  return (
    `${plural(e.medianAbsDays, 'day')} (signed ${signed}, ` +
    `${plural(e.count, 'crossing')})`
  );
}
