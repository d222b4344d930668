import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { RunLockedError } from '#lib/errors';
import { holdLock, reportStoreLock } from '#lib/pipeline/with-run-lock';
import { makeTempDir, removeDir } from '../../helpers/lake.ts';
import { silentLog } from '../../helpers/recording-log.ts';

const START = Date.parse('2026-12-03T06:00:00Z');
/** A publish Lambda's end: 15 minutes after it took the lock. */
const ENDS = START + 15 * 60_000;

describe('holdLock until an invocation ends', () => {
  let dir: string;
  let now: number;
  const deps = { clock: { now: () => new Date(now) }, log: silentLog };
  beforeEach(async () => {
    dir = await makeTempDir('hold-lock-until');
    now = START;
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  /** A holder that never finishes, as a Lambda stopped at its timeout. */
  function stuckHolder(place: ReturnType<typeof reportStoreLock>) {
    let took!: (record: { expiresAt: string }) => void;
    const record = new Promise<{ expiresAt: string }>((r) => {
      took = r;
    });
    // A holder that fails before taking the lock fails the test with its
    // error, where a discarded promise left it to time out.
    const holding = holdLock(
      place,
      deps,
      async (keep) => {
        now += 10 * 60_000;
        await keep();
        const bytes = await place.store.get(place.key);
        took(JSON.parse(new TextDecoder().decode(bytes)));
        return new Promise(() => {});
      },
      { waitMs: 0 },
      ENDS,
    );
    const ended = holding.then(() => {
      throw new Error('the holder returned without taking the lock');
    });
    return Promise.race([record, ended]);
  }

  it('writes the invocation end as expiry and never renews it', async () => {
    // Prepare
    const place = reportStoreLock(new FsObjectStore(dir));
    // Act: ten minutes in, a write that would renew a 30-minute lock
    const record = await stuckHolder(place);
    // Assess
    expect(record.expiresAt).toBe('2026-12-03T06:15:00.000Z');
  });

  it('is refused to another run before that end and free after it', async () => {
    // Prepare
    const place = reportStoreLock(new FsObjectStore(dir));
    await stuckHolder(place);
    const next = () =>
      holdLock(place, deps, async () => 'published', { waitMs: 0 }, ENDS + 1);
    // Act
    now = ENDS - 1000;
    const early = await next().catch((error: Error) => error);
    now = ENDS + 1000;
    const late = await next();
    // Assess: taken over a second after the dead holder's end, not 30
    // minutes after its last renewal
    expect(early).toBeInstanceOf(RunLockedError);
    expect(String(early)).toMatch(/until 2026-12-03T06:15:00\.000Z/);
    expect(late).toBe('published');
    expect(await place.store.get(place.key)).toBeUndefined();
  });
});
