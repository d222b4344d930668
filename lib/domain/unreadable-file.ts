/**
 * A traffic file the rollup could not use in full, and why: left out of
 * its day (unreadable, or of a type the contract refuses), or read
 * lacking a column its rows need (`missing`).
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
}
