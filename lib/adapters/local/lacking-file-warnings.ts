import type { UnreadableFile } from '#lib/domain/unreadable-file';
import type { Logger } from '#lib/ports/logger';
import {
  NO_LINK_ID_WORDS,
  QUALITY_KIND_WORDS,
} from '#lib/report/quality-words';
import type { LackingFile } from './traffic-check.ts';

/**
 * Files read lacking columns named one by one in an engine's life; the
 * others are counted, a line per kind of lack and check.
 */
export const NAMED_LACKING_FILES = 10;

/**
 * Names on the console the traffic files read lacking columns of the
 * contract, with what their rows then count as: the first
 * {@link NAMED_LACKING_FILES} by name, then a count per set of columns
 * lacking, with the days they span. A collector that stops writing a
 * column (`in_bps`, which nothing reads) lacks it in every file of every
 * day after: a line per file flooded the console, thousands on a
 * catch-up, where the files left out are named ten at most.
 *
 * @example
 * const warnings = new LackingFileWarnings(log);
 * warnings.warn(lacking);
 */
export class LackingFileWarnings {
  private named = 0;

  constructor(private readonly log?: Pick<Logger, 'warn'>) {}

  /**
   * Names these files, or counts them once ten were named.
   *
   * @param files - the files one check found lacking columns
   */
  warn(files: readonly LackingFile[]): void {
    const room = Math.max(0, NAMED_LACKING_FILES - this.named);
    const named = files.slice(0, room);
    this.named += named.length;
    for (const f of named) {
      this.log?.warn(
        `traffic file ${f.file} ${lackingWords(f)}: read with ` +
          `${readNull(f)} NULL, as Athena reads it (${lackingEffect(f.missing)})`,
        { day: f.day },
      );
    }
    for (const [words, more] of byColumns(files.slice(room))) {
      const days = more.map((f) => f.day).sort();
      const count = more.length === 1 ? '1 more' : `${more.length} more`;
      this.log?.warn(
        `${count} traffic file${more.length === 1 ? '' : 's'} ${words}: ` +
          `read with ${readNull(more[0]!)} NULL, as Athena reads them ` +
          `(${lackingEffect(more[0]!.missing)})`,
        { from: days[0], to: days.at(-1) },
      );
    }
  }
}

/** The contract's columns without which a row is no sample of a link. */
const ROW_COLUMNS: readonly string[] = ['ts', 'link_id', 'out_bps'];

/**
 * The files read lacking a column their rows need (`ts`, `link_id`,
 * `out_bps`), as the rollup reports them with the files it left out
 * (`UnreadableFile.missing`): in the run's data-quality report, on the
 * console's Data quality line and the overview, on every run until the
 * file holds the column or is removed (its day is rolled up again, as a
 * day with a file left out is). The console's warnings alone named it
 * once, on the run that rolled its day up, while its rows were counted
 * as bad among all others (docs/architecture.md "Days with files left
 * out, or added late"). A file lacking only `in_bps` or `capacity_bps`
 * loses no sample, and is not one.
 *
 * @param files - the files a check found lacking columns
 * @returns those lacking a column their rows need, with what their rows
 *   count as
 * @example
 * lackingFaults([{ file, day, missing: ['out_bps', 'in_bps'] }]);
 * // [{ file, day, missing: ['out_bps'],
 * //    reason: 'no column out_bps: its rows count as empty or not finite' }]
 */
export function lackingFaults(files: readonly LackingFile[]): UnreadableFile[] {
  return files.flatMap(({ file, day, missing }) => {
    const lost = missing.filter((c) => ROW_COLUMNS.includes(c));
    if (lost.length === 0) return [];
    // The rollup SQL's rules for NULL (`lackingEffect`).
    const counted = lost.includes('link_id')
      ? NO_LINK_ID_WORDS
      : QUALITY_KIND_WORDS.non_finite;
    const reason = `no column ${lost.join(', ')}: its rows count as ${counted}`;
    return [{ file, day, reason, missing: lost }];
  });
}

/**
 * What a file lacks, and the columns it is read without for their type:
 * `has no column in_bps`, `has in_bps as VARCHAR, not a double`.
 */
function lackingWords({ missing, dropped }: LackingFile): string {
  const no = missing.length > 0 ? [`has no column ${missing.join(', ')}`] : [];
  const typed = dropped.map((d) => `has ${d.name} as ${d.type}, not a double`);
  return [...no, ...typed].join(' and ');
}

/** The columns a file is read with NULL: those it lacks, then dropped. */
function readNull({ missing, dropped }: LackingFile): string {
  return [...missing, ...dropped.map((d) => d.name)].join(', ');
}

/**
 * The files by what they lack (`with no column in_bps`, `with in_bps of
 * another type`), in the order first seen.
 */
function byColumns(files: readonly LackingFile[]) {
  const groups = new Map<string, LackingFile[]>();
  for (const f of files) {
    const no =
      f.missing.length > 0 ? [`with no column ${f.missing.join(', ')}`] : [];
    const typed = f.dropped.map((d) => `with ${d.name} of another type`);
    const words = [...no, ...typed].join(' and ');
    groups.set(words, [...(groups.get(words) ?? []), f]);
  }
  return groups;
}

/**
 * What the rollup makes of rows lacking these columns (the rollup SQL's
 * rules for NULL, docs/architecture.md "Days with files left out, or
 * added late").
 */
function lackingEffect(missing: readonly string[]): string {
  if (missing.includes('link_id')) {
    return 'its rows count as unknown_link, of no link';
  }
  if (missing.includes('ts') || missing.includes('out_bps')) {
    return 'its rows count as non_finite';
  }
  if (missing.includes('capacity_bps')) {
    return "its rows carry no capacity: the inventory's stands in";
  }
  return 'the rollup does not use it';
}
