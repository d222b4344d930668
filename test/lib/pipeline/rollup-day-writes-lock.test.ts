import { describe, expect, it } from 'vitest';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { DEFAULT_CONFIG } from '#lib/config';
import { ROLLUP_LOCK_KEY } from '#lib/domain/vocabulary';
import type { Deps } from '#lib/pipeline/deps';
import { rollupStage } from '#lib/pipeline/rollup-stage';
import { LakeDataError, QueryError } from '#lib/query-error';
import { fakeEngine } from '../../helpers/fake-engine.ts';
import { silentLog } from '../../helpers/recording-log.ts';
import { memoryS3 } from '../../helpers/s3-memory.ts';

const DAYS = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'];
const DEADLINE =
  "Athena query q-9 still RUNNING at the caller's deadline, after 1 ms";

/**
 * An engine whose 4-day batch fails on bad data; written again day by
 * day, the newest day's write fails at once (Athena stopped at the
 * Lambda's deadline) while the three others take 20 ms each.
 */
function engineFailingOneDay() {
  const { engine } = fakeEngine(DAYS, (days) =>
    days.length > 1
      ? new LakeDataError('HIVE_BAD_DATA: s3://lake/x')
      : undefined,
  );
  const writing = { now: 0 };
  const write = engine.writePartitions.bind(engine);
  engine.writePartitions = async (request) => {
    if (request.days.length > 1) return write(request);
    if (request.days[0] === '2026-01-04') throw new QueryError(DEADLINE);
    writing.now += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
    writing.now -= 1;
    return write(request);
  };
  return { engine, writing };
}

describe('rollupStage when a day written again fails', () => {
  it('releases the lake lock only once the days written beside it have ended', async () => {
    // Prepare
    const { client, objects } = memoryS3();
    const { engine, writing } = engineFailingOneDay();
    const deps = {
      engine,
      lake: new S3ObjectStore(client, 'lake'),
      reports: new S3ObjectStore(client, 'reports'),
      clock: { now: () => new Date() },
      log: silentLog,
      config: DEFAULT_CONFIG,
    } as unknown as Deps;

    // Act
    const failure = await rollupStage(deps, {
      asOf: '2026-01-05',
      links: [],
    }).catch((error: Error) => error.message);

    // Assess: the error escapes with the lock released and no write of
    // the lake left running without it (a Lambda frozen with one would
    // resume it in a later invocation, beside another rollup)
    expect(failure).toContain("at the caller's deadline");
    expect({
      writing: writing.now,
      lock: objects.has(ROLLUP_LOCK_KEY),
    }).toEqual({ writing: 0, lock: false });
  });
});
