import { ispSlug } from '#lib/domain/slug';
import { StoreError } from '#lib/errors';
import type { ObjectStore } from '#lib/ports/object-store';
import type { UnloadTarget } from '#lib/ports/query-engine';
import type { Deps } from './deps.ts';

/**
 * Where a run keeps its working files (docs/architecture.md "Shard
 * format"): in the report store under `runs/<runId>/`, and the shard
 * inputs in the lake under `runs/<runId>/series/shard=<shard>/`.
 *
 * @example
 * runKeys('2026-11-26T060000').plan; // 'runs/2026-11-26T060000/plan.json'
 */
export function runKeys(runId: string) {
  if (!/^[A-Za-z0-9._-]+$/.test(runId)) {
    throw new StoreError(`run id must be plain text, got "${runId}"`);
  }
  const root = `runs/${runId}`;
  const shard = (name: string) => {
    if (!/^s\d{4,}$/.test(name)) {
      throw new StoreError(`shard must look like s0001, got "${name}"`);
    }
    return `${root}/shards/${name}`;
  };
  return {
    root,
    plan: `${root}/plan.json`,
    shardList: `${root}/shards.json`,
    quality: `${root}/quality.json`,
    /** One part of the data-quality report's per-link rows, JSON Lines. */
    qualityRows: (part: number) =>
      `${root}/quality-rows/part-${String(part).padStart(4, '0')}.jsonl`,
    inventory: (name: string) => `${shard(name)}/inventory.json`,
    result: (name: string) => `${shard(name)}/result.json`,
    pages: (name: string) => `${shard(name)}/pages`,
    /** A split ISP's charted series held by one shard. */
    split: (name: string, isp: string) =>
      `${shard(name)}/split/${ispSlug(isp)}.json`,
    series: { prefix: `${root}/series`, partitionBy: 'shard' } as UnloadTarget,
  };
}

/**
 * JSON text that keeps non-finite numbers (`NaN`, `±Infinity`), which the
 * renderers print differently from `null`: they become `{"$number":"NaN"}`.
 *
 * @param value - any JSON-like value
 * @returns the text
 * @example
 * encodeJson({ growth: Number.NaN }); // '{"growth":{"$number":"NaN"}}'
 */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    typeof v === 'number' && !Number.isFinite(v) ? { $number: String(v) } : v,
  );
}

/**
 * Parses text written by `encodeJson`.
 *
 * @param text - the JSON text
 * @returns the value with non-finite numbers restored
 * @example
 * decodeJson('{"g":{"$number":"NaN"}}'); // { g: NaN }
 */
export function decodeJson<T>(text: string): T {
  return JSON.parse(text, (_key, v) =>
    v !== null &&
    typeof v === 'object' &&
    typeof v.$number === 'string' &&
    Object.keys(v).length === 1
      ? Number(v.$number)
      : v,
  ) as T;
}

/**
 * Reads a run file written by `writeRunJson`.
 *
 * @param store - the report store
 * @param key - the file's key
 * @returns the value
 * @throws StoreError when the file is missing or not JSON
 * @example
 * const plan = await readRunJson<RunPlanFile>(deps.reports, keys.plan);
 */
export async function readRunJson<T>(
  store: ObjectStore,
  key: string,
): Promise<T> {
  const bytes = await store.get(key);
  if (bytes === undefined) throw new StoreError(`${key} is missing`);
  try {
    return decodeJson<T>(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new StoreError(`${key} is not valid JSON`, { cause: error });
  }
}

/**
 * Writes a run file (JSON that keeps non-finite numbers).
 *
 * @param store - the report store
 * @param key - the file's key
 * @param value - the value
 * @returns when written
 * @example
 * await writeRunJson(deps.reports, keys.plan, plan);
 */
export async function writeRunJson(
  store: ObjectStore,
  key: string,
  value: unknown,
): Promise<void> {
  await store.put(key, encodeJson(value), 'application/json');
}

/**
 * Removes a run's shard inputs (lake) and working files (report store).
 *
 * @param deps - the engine and the report store
 * @param runId - the run
 * @example
 * await removeRunFiles(deps, '2026-11-26T060000');
 */
export async function removeRunFiles(
  deps: Pick<Deps, 'engine' | 'reports'>,
  runId: string,
): Promise<void> {
  const { root } = runKeys(runId);
  await deps.engine.removeUnloaded(root);
  await deps.reports.delete(await deps.reports.list(`${root}/`));
}
