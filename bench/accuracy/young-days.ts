/**
 * The bounds of a series of a week of days or fewer (its days repeated,
 * `repeatLastSeason`, bounds from the spread of its days), chosen
 * leave-one-family-out (docs/architecture.md "The forecast engine",
 * short series; `youngSection`): each shared series cut to 2–7 days (one
 * day has no spread) from its first day and from every 30th day after
 * (twelve starts, the weekday of the first day changing), forecast a
 * year ahead with the spread growing by each power of the weeks ahead
 * (`daysGrowth`; ½ when absent, 0 before).
 */
import { DEFAULT_SETTING } from '#lib/forecast/index';
import type { Case } from './data.ts';
import { youngSection } from './young-lofo.ts';

/** Powers of the weeks ahead the days' spread grows by (0: none). */
const GROWTHS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];

/**
 * Print the week-or-fewer growth's LOFO section.
 *
 * @param cases - the shared cases
 */
export function youngDaysSection(cases: readonly Case[]): void {
  youngSection(cases, {
    title:
      "2–7 days (the days repeated), the power of the weeks ahead the days' spread grows by",
    lengths: [2, 7],
    step: 30,
    starts: 12,
    grid: GROWTHS,
    code: DEFAULT_SETTING.daysGrowth ?? 0.5,
    setting: (daysGrowth) => ({ ...DEFAULT_SETTING, daysGrowth }),
  });
}
