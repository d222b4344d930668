import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { streamForecast } from '#lib/cli/stream-forecast';
import { files, OPTIONS, rows } from './stream-forecast-fixture.ts';

/** 25 series of 730 days: a first batch slow to forecast. */
const SLOW = Array.from({ length: 25 }, (_, k) => rows(`s${k}`, 730, k)).flat();
/** A series too large to forecast (its line 61 rises to 1.69e308). */
const BIG = Array.from({ length: 60 }, (_, t) => {
  const ds = new Date(Date.UTC(2024, 0, 1 + t)).toISOString().slice(0, 10);
  return `big,${ds},${1e308 * (1 + t / 85)}`;
});
const BIG_ERROR =
  /line 18311: field 'y' series 'big': too large to forecast.*\(got 1\.6941176470588235e\+308\)$/;

const unhandled: unknown[] = [];
const record = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', record);
});
afterEach(() => {
  process.off('unhandledRejection', record);
});

/** The command on two workers over `lines`, warnings ignored. */
async function onTwoWorkers(lines: readonly string[]) {
  const { input, output } = await files(
    ['series_id,ds,y', ...lines].join('\n'),
  );
  return streamForecast({
    ...OPTIONS,
    input,
    output,
    workers: 2,
    warn: () => {},
  });
}

describe('streamForecast on two workers, a batch failing', () => {
  it('names the bad series when its batch fails while an earlier one still runs', async () => {
    // Act: the failed batch's rejection, not yet awaited, was unhandled,
    // and the command died with a stack trace
    const act = onTwoWorkers([...SLOW, ...BIG]);

    // Assess
    await expect(act).rejects.toThrow(BIG_ERROR);
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  });

  it('names the first bad line in the file, not a bad row read after it', async () => {
    // Prepare: 'big' fails in the second batch; 25 series on, a row whose
    // y is not a number is read while the first batch still runs
    const after = Array.from({ length: 25 }, (_, k) => rows(`t${k}`, 30, k));
    const lines = [...SLOW, ...BIG, ...after.flat(), 'bad,2024-01-01,abc'];

    // Act
    const act = onTwoWorkers(lines);

    // Assess
    await expect(act).rejects.toThrow(BIG_ERROR);
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  });
});
