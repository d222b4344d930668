import { InputError } from '#lib/errors';
import type { LongSeries } from '#lib/forecast/long-series';
import { isoDay } from '#lib/forecast/parse-day';
import { quoted } from '#lib/input-message';

/**
 * Collects the rows of one series (days in any order) and builds the
 * regular daily series, NaN for absent days.
 *
 * @example
 * const b = new SeriesBuilder('a', 'in.csv');
 * b.add(19723, 5, 2);
 * b.build().values; // [5]
 */
export class SeriesBuilder {
  readonly id: string;
  private readonly file: string;
  private readonly days: number[] = [];
  private readonly values: number[] = [];
  private readonly lines: number[] = [];

  constructor(id: string, file: string) {
    this.id = id;
    this.file = file;
  }

  /** Add one row: day number, value and line (for messages). */
  add(day: number, value: number, line: number): void {
    this.days.push(day);
    this.values.push(value);
    this.lines.push(line);
  }

  /** The series; throws an InputError on a duplicated day. */
  build(): LongSeries {
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const d of this.days) {
      if (d < start) start = d;
      if (d > end) end = d;
    }
    // Only rows missing for longer than a gap may hold one (and sorting
    // is then worth it): most series skip the search.
    if (end - start + 1 - this.days.length > MAX_GAP_DAYS) this.checkGaps();
    const values = new Array<number>(end - start + 1).fill(Number.NaN);
    // Zero for a missing day; a typed array, cheap to send to a worker.
    const lines = new Int32Array(values.length);
    this.days.forEach((d, k) => {
      if (lines[d - start]) {
        throw new InputError(
          this.file,
          `series '${quoted(this.id)}': duplicate day`,
          {
            line: this.lines[k]!,
            field: 'ds',
            value: isoDay(d),
          },
        );
      }
      lines[d - start] = this.lines[k]!;
      values[d - start] = this.values[k]!;
    });
    return { id: this.id, start, values, lines };
  }

  /** Throws an InputError naming the rows around a gap too long. */
  private checkGaps(): void {
    const order = this.days
      .map((_, k) => k)
      .sort((a, b) => this.days[a]! - this.days[b]!);
    for (let i = 1; i < order.length; i += 1) {
      const [before, after] = [order[i - 1]!, order[i]!];
      const gap = this.days[after]! - this.days[before]! - 1;
      if (gap <= MAX_GAP_DAYS) continue;
      throw new InputError(
        this.file,
        `series '${quoted(this.id)}': no row for ${gap} days after line ` +
          `${this.lines[before]} (${isoDay(this.days[before]!)}); a year ` +
          `mistyped? A gap of more than ${MAX_GAP_DAYS} days is refused`,
        {
          line: this.lines[after]!,
          field: 'ds',
          value: isoDay(this.days[after]!),
        },
      );
    }
  }
}

/**
 * The longest run of days without a row a series may have: three years.
 * A longer one is far more often a mistyped year (2042 for 2024) than an
 * outage, and was forecast from without a word; a row in year 9999 beside
 * one in 0100 made a series of 3.6 million days (23 s, 1.6 GB).
 */
export const MAX_GAP_DAYS = 1096;
