/** A traffic file left out of the rollup, and why. */
export interface UnreadableFile {
  /** Path below the lake (or S3 URL), e.g. `traffic/dt=2026-01-01/x.parquet`. */
  readonly file: string;
  readonly day: string;
  readonly reason: string;
}
