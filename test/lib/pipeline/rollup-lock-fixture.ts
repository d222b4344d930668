import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach } from 'vitest';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import type { LakeStage } from '#lib/pipeline/lake-lock';
import { writeTrafficDay } from '../../helpers/lake.ts';
import { A1, samples } from '../../helpers/rollup-fixture.ts';
import { useRollupLake } from '../../helpers/rollup-lake.ts';

/** The days of a1's traffic in the lake. */
export const DAYS = ['2026-01-01', '2026-01-02', '2026-01-03'];
/** The day after them. */
export const AS_OF = '2026-01-04';

/**
 * `useRollupLake` with a1's traffic on each of DAYS, and `writeLock`,
 * which leaves the lake's rollup lock held by `owner` for ten minutes
 * (for its `stage`, when one is given).
 *
 * @returns what `useRollupLake` returns, and `writeLock`
 */
export function useLockLake() {
  const rollup = useRollupLake('rollup-lock');
  const { lake } = rollup;
  const lockFile = () => join(lake(), ROLLUP_LOCK_KEY);
  const writeLock = async (owner: string, stage?: LakeStage) => {
    await mkdir(join(lake(), 'state'), { recursive: true });
    const now = Date.now();
    await writeFile(
      lockFile(),
      JSON.stringify({
        owner,
        acquiredAt: new Date(now).toISOString(),
        expiresAt: new Date(now + 600_000).toISOString(),
        ...(stage ? { stage } : {}),
      }),
    );
  };
  beforeEach(() => writeA1Days(lake(), DAYS));
  return { ...rollup, writeLock };
}

/**
 * Writes a1's day of traffic (the fixture's 2026-01-01) on each day.
 *
 * @param lake - the lake's folder
 * @param days - the `dt` days
 * @example
 * await writeA1Days(lake(), ['2026-01-01', '2026-01-02']);
 */
export async function writeA1Days(
  lake: string,
  days: readonly string[],
): Promise<void> {
  for (const dt of days) {
    await writeTrafficDay(
      lake,
      dt,
      samples('a1', A1, () => 100e9).map((r) => ({
        ...r,
        ts: r.ts.replace('2026-01-01', dt),
      })),
    );
  }
}
