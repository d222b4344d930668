import { addDays } from '#lib/domain/dates';
import type { DayWindow } from '#lib/sql/select-series';

/**
 * The last `days` days of a window, or the whole window when shorter.
 *
 * @param window - `from` (inclusive) and `to` (exclusive), `YYYY-MM-DD`
 * @param days - how many days before `to`
 * @returns the days from the later of `to` − `days` and `from`, to `to`
 * @example
 * lastDays({ from: '2026-01-01', to: '2026-12-08' }, 14);
 * // { from: '2026-11-24', to: '2026-12-08' }
 */
export function lastDays(window: DayWindow, days: number): DayWindow {
  const back = addDays(window.to, -days);
  // The later of the two days (text order is day order).
  return { from: [back, window.from].sort()[1]!, to: window.to };
}
