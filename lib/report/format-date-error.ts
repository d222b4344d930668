import type { DateErrorSummary } from '#lib/domain/backtest-score';
import { plural } from './format.ts';

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
