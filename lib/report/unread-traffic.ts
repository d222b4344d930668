import type { DataQualityReport } from '#lib/domain/quality';
import { leftOutOfDay, type UnreadableFile } from '#lib/domain/unreadable-file';
import { plural } from './format.ts';

/** One kind of traffic the rollup could not use, as a sentence's parts. */
export interface UnreadTraffic {
  /** What it is and what became of it, the overview's and console's words. */
  readonly head: string;
  /** The overview's detail: what happens next, and what to do. */
  readonly detail: string;
  /** The files (with the reason each was refused) or days, in order. */
  readonly items: readonly string[];
  /**
   * The same without the reasons, as the console names them (a file
   * lacking a column with the column: `… (no out_bps)`).
   */
  readonly names: readonly string[];
}

/**
 * The traffic the rollup could not use, in the words the overview's
 * data-quality section and the console's line share: files that could
 * not be read (left out of their day, which is rolled up again on every
 * run until each is readable or removed), files read lacking a column
 * their rows need (`lackingTraffic`), files whose `ts` is far off their
 * day (`offDayTraffic`) and days whose rollup needed
 * redoing but whose raw traffic is gone. The rollup's log names them as
 * they happen, but on AWS that log is in CloudWatch: without these the
 * report said nothing of a day whose only file was refused but "1 day
 * with no traffic" (docs/architecture.md "Rolling up").
 *
 * @param q - the run's data-quality report
 * @returns zero to four kinds, files first
 * @example
 * unreadTraffic({ unreadableFiles: [{ file: 'traffic/dt=2026-12-05/a.parquet',
 *   day: '2026-12-05', reason: 'column out_bps is VARCHAR, expected a double' }] });
 * // [{ head: '1 traffic file could not be read, left out of its day', … }]
 */
export function unreadTraffic(
  q: Pick<DataQualityReport, 'unreadableFiles' | 'daysNotReRolled'>,
): UnreadTraffic[] {
  const all = q.unreadableFiles ?? [];
  const files = all.filter(leftOutOfDay);
  const lacking = all.filter((f) => f.missing);
  const offDay = all.filter((f) => f.offDay);
  const days = q.daysNotReRolled ?? [];
  const found: UnreadTraffic[] = [];
  if (files.length > 0) {
    found.push({
      head:
        `${plural(files.length, 'traffic file')} could not be read, left ` +
        `out of ${files.length === 1 ? 'its day' : 'their days'}`,
      detail:
        ' (each day is rolled up again on every run, until its file is ' +
        'readable or removed)',
      items: files.map((f) => `${f.file} (${f.reason})`),
      names: files.map((f) => f.file),
    });
  }
  if (lacking.length > 0) found.push(lackingTraffic(lacking));
  if (offDay.length > 0) found.push(offDayTraffic(offDay));
  if (days.length > 0) {
    found.push({
      head: `${plural(days.length, 'day')} not rolled up again, their raw traffic gone`,
      detail:
        ' (kept as they were rolled up: a change that needed them rolled ' +
        'up again, links regrouped in links.csv, does not reach them)',
      items: days,
      names: days,
    });
  }
  return found;
}

/**
 * Files read lacking a column their rows need (`UnreadableFile.missing`),
 * as one kind: named with the columns, on the console too, since their
 * rows are counted among the bad rows of every other file.
 */
function lackingTraffic(files: readonly UnreadableFile[]): UnreadTraffic {
  const one = files.length === 1;
  const [them, their, each] = one
    ? ['it', 'its', 'the file holds']
    : ['them', 'their', 'its file holds'];
  return {
    head:
      `${plural(files.length, 'traffic file')} lacking a column the rollup ` +
      `needs, read with it empty, ${their} rows counted as bad`,
    detail:
      ` (as Athena reads ${them}; ${one ? 'its day is' : 'each day is'} ` +
      `rolled up again on every run, until ${each} the column or is removed)`,
    items: files.map((f) => `${f.file} (${f.reason})`),
    names: files.map((f) => `${f.file} (no ${f.missing?.join(', ')})`),
  };
}

/**
 * Files read whose `ts` is far off their `dt=` folder's day
 * (`UnreadableFile.offDay`), as one kind: named with the likely cause,
 * on the console too, where their rows were only counted as wrong
 * partition.
 */
function offDayTraffic(files: readonly UnreadableFile[]): UnreadTraffic {
  const one = files.length === 1;
  const named = files.map((f) => `${f.file} (${f.reason})`);
  return {
    head:
      `${plural(files.length, 'traffic file')} whose ts is far off ` +
      `${one ? 'its' : 'their'} dt= folder's day, ${one ? 'its' : 'their'} ` +
      'rows counted as wrong partition',
    detail:
      ` (${one ? 'its' : 'each'} day is rolled up again on every run, until ` +
      `${one ? 'the' : 'its'} file is fixed or removed)`,
    items: named,
    names: named,
  };
}
