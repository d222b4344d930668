import type { UnreadableFile } from '#lib/ports/query-engine';
import type { Describe, TrafficVerdict } from './inspect-traffic-file.ts';
import { judgeTrafficFiles } from './judge-traffic-files.ts';
import { listTrafficFiles, type TrafficFile } from './list-traffic-files.ts';
import { offDayFaults, readTsSpans, type TsSpan } from './ts-off-day.ts';

/**
 * A traffic file read although it lacks columns of the contract, which
 * it is read with as NULL, as Athena reads it.
 *
 * @example
 * const file: LackingFile =
 *   { file: 'traffic/dt=2026-01-01/a.parquet', day: '2026-01-01', missing: ['in_bps'] };
 */
export interface LackingFile {
  /** Path below the lake, `traffic/dt=…/file`. */
  readonly file: string;
  readonly day: string;
  /** The contract's columns it lacks, in the contract's order. */
  readonly missing: readonly string[];
  /** The columns it is read without, of a type refused (`in_bps`). */
  readonly dropped: TrafficVerdict['dropped'];
}

/** What a check of some days' traffic files found. */
export interface TrafficCheckResult {
  /** The files left out, with the reason. */
  readonly bad: UnreadableFile[];
  /** The files read with columns of the contract NULL. */
  readonly lacking: LackingFile[];
  /** The files read whose `ts` is far off their day (`offDay`). */
  readonly offDay: UnreadableFile[];
}

/**
 * Checks traffic files once each (a file is known by path, size and
 * modification time, so a replaced file is checked again): a file whose
 * footer DuckDB cannot read, or whose columns are of types the traffic
 * contract refuses, is unreadable; one that lacks columns of the contract
 * is read with them NULL, as Athena reads it (a Glue table's column a
 * Parquet file lacks is NULL), and is named. Only the footer is read. A
 * day's entries the views do not read (`unread-day-entries.ts`) are named
 * too.
 *
 * The footers of a call's new files are read in one `parquet_schema`
 * query, and files with the same schema share one verdict
 * (`judgeTrafficFiles`).
 *
 * @example
 * const checker = new TrafficCheck(lakeDir, describe);
 * const bad = await checker.check(['2026-01-01']);
 */
export class TrafficCheck {
  /** `path|size|mtime` → the file's verdict. */
  private readonly verdicts = new Map<string, TrafficVerdict>();
  /** `path|size|mtime` → its `ts` span, of a read file that has one. */
  private readonly spans = new Map<string, TsSpan>();
  /** Paths below the lake checked and found good. */
  private readonly good: string[] = [];
  /** The good ones a view can start with (`holdsEveryTrafficFile`). */
  private readonly firsts = new Set<string>();
  /** Paths read apart, by name → whether read without `in_bps`. */
  private readonly lacking = new Map<string, boolean>();

  constructor(
    private readonly lakeDir: string,
    private readonly describe: Describe,
  ) {}

  /**
   * Checks every traffic file of these days.
   *
   * @param days - the days
   * @returns the unreadable files, with the reason, and those lacking
   *   columns, read with them NULL
   */
  async check(days: readonly string[]): Promise<TrafficCheckResult> {
    const { files, unread: bad } = await listTrafficFiles(this.lakeDir, days);
    const fresh = files.filter((f) => !this.verdicts.has(f.key));
    const verdicts = await judgeTrafficFiles(this.describe, fresh);
    for (const [key, verdict] of verdicts) this.verdicts.set(key, verdict);
    await this.readSpans(fresh);
    const lacking: LackingFile[] = [];
    for (const { day, name, key } of files) {
      const file = `traffic/dt=${day}/${name}`;
      const { reason, holdsAll, missing, dropped } = this.verdicts.get(key)!;
      this.lacking.delete(file);
      if (reason) bad.push({ file, day, reason });
      else if (missing.length + dropped.length > 0) {
        lacking.push({ file, day, missing, dropped });
        this.lacking.set(file, dropped.length > 0);
      } else this.good.push(file);
      if (!reason && holdsAll) this.firsts.add(file);
    }
    return { bad, lacking, offDay: offDayFaults(files, this.spans) };
  }

  /**
   * Reads the `ts` span of these new files that are read and have `ts`
   * (`readTsSpans`: their footers' statistics, one query).
   */
  private async readSpans(fresh: readonly TrafficFile[]): Promise<void> {
    const read = fresh.filter(({ key }) => {
      const { reason, missing } = this.verdicts.get(key)!;
      return !reason && !missing.includes('ts');
    });
    const spans = await readTsSpans(this.describe, read);
    for (const [key, span] of spans) this.spans.set(key, span);
  }

  /** How many of the files checked are read with columns NULL. */
  get lackingCount(): number {
    return this.lacking.size;
  }

  /**
   * Splits lake paths (`traffic/dt=…/file`) into those checked and found
   * to lack columns of the contract, those to read without a column of a
   * type refused (`dropping`), and the others, each in the order given: a
   * view reads the first two by name, each column one lacks, or is read
   * without, as NULL (`lakeViewSql`).
   *
   * @param paths - paths below the lake
   * @returns the paths lacking columns, those dropping one, the others
   */
  splitLacking(paths: readonly string[]) {
    const kind = (p: string) => this.lacking.get(p);
    return {
      lacking: paths.filter((p) => kind(p) === false),
      dropping: paths.filter((p) => kind(p) === true),
      others: paths.filter((p) => kind(p) === undefined),
    };
  }

  /**
   * Orders lake paths (`traffic/dt=…/file`) with the files checked good
   * first, those whose types hold every other file's (DuckDB takes a
   * view's types from its first file) before the rest, keeping the order
   * otherwise.
   *
   * @param paths - paths below the lake
   * @returns the same paths, reordered
   */
  orderGoodFirst(paths: readonly string[]): string[] {
    const good = new Set(this.good);
    const rank = (p: string) => (this.firsts.has(p) ? 0 : good.has(p) ? 1 : 2);
    return [0, 1, 2].flatMap((r) => paths.filter((p) => rank(p) === r));
  }
}
