import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { UnreadableFile } from '#lib/ports/query-engine';
import { sqlString } from '#lib/sql/sql-literals';
import { parquetFiles } from './duckdb-lake-files.ts';

/** Column → accepted DuckDB types (the traffic contract). */
const TRAFFIC_SCHEMA: Readonly<Record<string, readonly [RegExp, string]>> = {
  ts: [/^TIMESTAMP/, 'a timestamp'],
  link_id: [/^VARCHAR$/, 'text'],
  out_bps: [/^(DOUBLE|FLOAT)$/, 'a double'],
  in_bps: [/^(DOUBLE|FLOAT)$/, 'a double'],
  capacity_bps: [/^(DOUBLE|FLOAT)$/, 'a double'],
};

/** Runs one statement and returns its rows as plain objects. */
export type Describe = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * Checks traffic files once each (a file is known by path, size and
 * modification time, so a replaced file is checked again): a file whose
 * footer DuckDB cannot read, or whose columns are not the traffic
 * contract's, is unreadable. Only the footer is read.
 *
 * @example
 * const checker = new TrafficCheck(lakeDir, describe);
 * const bad = await checker.check(['2026-01-01']);
 */
export class TrafficCheck {
  /** `path|size|mtime` → problem ('' when the file is fine). */
  private readonly verdicts = new Map<string, string>();
  /** Paths below the lake checked and found good. */
  private readonly good: string[] = [];

  constructor(
    private readonly lakeDir: string,
    private readonly describe: Describe,
  ) {}

  /**
   * Checks every traffic file of these days.
   *
   * @param days - the days
   * @returns the unreadable files, with the reason
   */
  async check(days: readonly string[]): Promise<UnreadableFile[]> {
    const bad: UnreadableFile[] = [];
    for (const day of days) {
      const folder = join(this.lakeDir, 'traffic', `dt=${day}`);
      for (const { name } of await parquetFiles(folder)) {
        const reason = await this.verdict(join(folder, name));
        if (!reason) this.good.push(`traffic/dt=${day}/${name}`);
        if (reason) {
          bad.push({ file: `traffic/dt=${day}/${name}`, day, reason });
        }
      }
    }
    return bad;
  }

  /**
   * Orders lake paths (`traffic/dt=…/file`) with the files checked good
   * first, keeping the order otherwise.
   *
   * @param paths - paths below the lake
   * @returns the same paths, reordered
   */
  orderGoodFirst(paths: readonly string[]): string[] {
    const good = new Set(this.good);
    return [
      ...paths.filter((p) => good.has(p)),
      ...paths.filter((p) => !good.has(p)),
    ];
  }

  private async verdict(path: string): Promise<string> {
    const info = await stat(path);
    const key = `${path}|${info.size}|${info.mtimeMs}`;
    let reason = this.verdicts.get(key);
    if (reason === undefined) {
      reason = await this.inspect(path);
      this.verdicts.set(key, reason);
    }
    return reason;
  }

  private async inspect(path: string): Promise<string> {
    let columns: Record<string, unknown>[];
    try {
      columns = await this.describe(
        `DESCRIBE SELECT * FROM read_parquet(${sqlString(path)})`,
      );
    } catch (error) {
      const text = (error as Error).message.split('\n')[0] ?? '';
      return `cannot be read as Parquet: ${text.replace(/^.*?: /, '')}`;
    }
    const types = new Map(
      columns.map((c) => [String(c.column_name), String(c.column_type)]),
    );
    for (const [name, [accepted, wanted]] of Object.entries(TRAFFIC_SCHEMA)) {
      const type = types.get(name);
      if (type === undefined) return `has no column ${name}`;
      if (!accepted.test(type)) {
        return `column ${name} is ${type}, expected ${wanted}`;
      }
    }
    return '';
  }
}
