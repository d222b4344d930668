/**
 * The bounds of a series of 8–27 days (its last week repeated,
 * `repeatLastSeason`), chosen leave-one-family-out (docs/architecture.md
 * "The forecast engine", short series) on each shared series cut to
 * 8–27 days from its first day and from every 91st day after (four
 * starts; `youngSection`): the power of the weeks ahead its spread grows
 * by (`shortGrowth`), and the weight, in weekly differences, of the
 * days' spread pooled with the weekly differences' (`shortPrior`), each
 * with the other at the code's value.
 */
import { DEFAULT_SETTING } from '#lib/forecast/index';
import type { Case } from './data.ts';
import { youngSection } from './young-lofo.ts';

/** Powers of the weeks ahead the spread grows by (½: a random walk). */
const GROWTHS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
/** Weights of the days' spread, in weekly differences (0: none). */
const PRIORS = [0, 1, 2, 4, 7, 14];
const WINDOWS = { lengths: [8, 27], step: 91, starts: 4 } as const;

/**
 * Print the 8–27-day growth's and prior's LOFO sections.
 *
 * @param cases - the shared cases
 */
export function youngWeeksSection(cases: readonly Case[]): void {
  youngSection(cases, {
    title: '8–27 days (the last week repeated), the power of the weeks ahead',
    ...WINDOWS,
    grid: GROWTHS,
    code: DEFAULT_SETTING.shortGrowth ?? 0.5,
    setting: (shortGrowth) => ({ ...DEFAULT_SETTING, shortGrowth }),
  });
  youngSection(cases, {
    title:
      "8–27 days, the days' spread pooled with the weekly differences' at a weight of",
    ...WINDOWS,
    grid: PRIORS,
    code: DEFAULT_SETTING.shortPrior ?? 1,
    setting: (shortPrior) => ({ ...DEFAULT_SETTING, shortPrior }),
    focus: [8, 9],
  });
}
