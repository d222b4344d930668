/**
 * A traffic file the rollup could not use in full, and why: left out of
 * its day (unreadable, or of a type the contract refuses), or read
 * lacking a column its rows need (`missing`), or read with its `ts`
 * far off its folder's day (`offDay`).
 */
export interface UnreadableFile {
  /** Path below the lake (or S3 URL), e.g. `traffic/dt=2026-01-01/x.parquet`. */
  readonly file: string;
  readonly day: string;
  readonly reason: string;
  /**
   * For a file read, not left out: the columns its rows need (`ts`,
   * `out_bps`, `link_id`) that it lacks, read as NULL, as Athena reads
   * them, so that its rows count as bad rows (docs/architecture.md
   * "Days with files left out, or added late"). Absent for a file left
   * out.
   */
  readonly missing?: readonly string[];
  /**
   * For a file read, not left out, whose `ts` is far off its `dt=`
   * folder's day (epoch seconds written as milliseconds, a day filed
   * under another): its first and last `ts` (ISO, UTC), from its footer.
   * Its rows count as `wrong_partition`.
   */
  readonly offDay?: { readonly first: string; readonly last: string };
}

/**
 * Whether the rollup left this file out of its day, rather than read it
 * with a fault named (`missing`, `offDay`).
 *
 * @param f - a file the rollup could not use in full
 * @returns true for a file left out
 * @example
 * leftOutOfDay({ file, day, reason: 'cannot be read as Parquet: …' }); // true
 */
export function leftOutOfDay(f: UnreadableFile): boolean {
  return f.missing === undefined && f.offDay === undefined;
}
