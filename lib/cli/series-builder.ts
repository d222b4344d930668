import { InputError, quoted } from '#lib/errors';
import type { LongSeries } from '#lib/forecast/long-series';
import { isoDay } from '#lib/forecast/parse-day';

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
}
