import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { streamForecast } from '#lib/cli/stream-forecast';
import { files } from './stream-forecast-fixture.ts';

/** `days` rows of series `a` from 2024-01-01, y = 100 + day, `step` days apart. */
function line(days: number, step = 1, y = (t: number) => `${100 + t}`) {
  return Array.from({ length: days }, (_, k) => {
    const t = k * step;
    const ds = new Date(Date.UTC(2024, 0, 1 + t)).toISOString().slice(0, 10);
    return `a,${ds},${y(t)}`;
  });
}

/** The command on `rows`: the output's rows and the warnings. */
async function run(rows: string[], horizon = 3) {
  const { input, output } = await files(
    ['series_id,ds,y', ...rows, ''].join('\n'),
  );
  const warnings: string[] = [];
  const options = { horizon, season: 7, levels: [80] };
  await streamForecast({
    ...options,
    input,
    output,
    workers: 1,
    warn: (w) => warnings.push(w),
  });
  const out = (await readFile(output, 'utf8')).trim().split('\n').slice(1);
  return { out: out.map((r) => r.split(',').slice(0, 3)), warnings };
}

describe('streamForecast on days without a value', () => {
  it("dates a forecast after trailing empty y's by the days it forecasts", async () => {
    // Prepare: a straight line, y = 100 + day, whose last 10 rows (from
    // 2024-02-20, day 50) have no y
    const empty = line(60).map((r, t) =>
      t < 50 ? r : r.replace(/[^,]*$/, ''),
    );

    // Act: and the 50 days with a value alone, forecast up to the same day
    const { out, warnings } = await run(empty);
    const valued = await run(line(50), 13);

    // Assess: the forecast of 2024-03-01 to 03-03 is the one of the 50
    // days for those days (it was their forecast of 02-20 to 02-22)
    expect(out).toEqual(valued.out.slice(10));
    expect(out[0]![1]).toBe('2024-03-01');
    expect(warnings.join('\n')).toContain(
      "series 'a': its last 10 days have no y: forecast from its last value (line 51, 2024-02-19)",
    );
  });

  it('names days filled by interpolation, and rows never on consecutive days', async () => {
    // Act: one row a week, and one day missing of a daily series
    const weekly = await run(line(30, 7));
    const gap = await run(line(40).filter((_, t) => t !== 20));

    // Assess
    expect(weekly.warnings.join('\n')).toContain(
      "series 'a': 174 days between its first and last value have no row or no y, " +
        'filled by interpolation; its values are never on consecutive days (weekly data?): ' +
        'the engine reads daily series, and --horizon and --season count days',
    );
    expect(gap.warnings.join('\n')).toContain(
      "series 'a': 1 day between its first and last value has no row or no y, filled by interpolation",
    );
    expect(gap.warnings.join('\n')).not.toContain('consecutive');
  });

  it('says when its last value was replaced in the fit, and by what', async () => {
    // Prepare: the line's last y is 300 where it runs at 219
    const spiked = line(120, 1, (t) => (t === 119 ? '300' : `${100 + t}`));

    // Act
    const { out, warnings } = await run(spiked);
    const plain = await run(line(120));

    // Assess: forecast from the line, not from 300, and said so
    expect(Number(out[0]![2])).toBeLessThan(230);
    expect(warnings.join('\n')).toMatch(
      /series 'a': its last value \(line 121, 2024-04-29, y=300\) was read as a spike and replaced by 2\d\d(\.\d+)? in the fit: the forecast does not start from it/,
    );
    expect(plain.warnings).toEqual([]);
  });
});
