import type { UnloadTarget } from '#lib/ports/query-engine';
import { QueryError } from '#lib/query-error';

const PREFIX = /^runs\/[A-Za-z0-9._=-]+(\/[A-Za-z0-9._=-]+)*$/;
const COLUMN = /^[a-z_][a-z0-9_]*$/;
const VALUE = /^[A-Za-z0-9._-]+$/;

/**
 * The most partition values one unload may write: Athena's UNLOAD fails
 * beyond 100 partitions (its documented limit, as for the rollup's
 * `batchDays`), so a caller that partitions by its own units keeps their
 * number under it.
 */
export const UNLOAD_MAX_PARTITIONS = 100;

/**
 * Checks an unload target before it names folders or S3 keys: the prefix
 * lies below `runs/` (never a lake table), with plain path segments and no
 * `..`; the partition column is a lower-case identifier
 * (docs/architecture.md "Shard format").
 *
 * @param target - the prefix and partition column
 * @param value - a partition value to check as well
 * @returns the prefix without a trailing slash
 * @throws QueryError when a part is not allowed
 * @example
 * checkUnloadTarget({ prefix: 'runs/r1/series', partitionBy: 'shard' });
 * // 'runs/r1/series'
 */
export function checkUnloadTarget(
  target: UnloadTarget,
  value?: string,
): string {
  const prefix = target.prefix.replace(/\/+$/, '');
  if (!PREFIX.test(prefix) || prefix.split('/').includes('..')) {
    throw new QueryError(
      `unload prefix must be below runs/ with plain segments, got "${target.prefix}"`,
    );
  }
  if (!COLUMN.test(target.partitionBy)) {
    throw new QueryError(
      `unload partition column must be an identifier, got "${target.partitionBy}"`,
    );
  }
  if (value !== undefined && !VALUE.test(value)) {
    throw new QueryError(`partition value must be plain text, got "${value}"`);
  }
  return prefix;
}
