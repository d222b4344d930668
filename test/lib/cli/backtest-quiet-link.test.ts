import { mkdtempSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import type { DailyRow } from '#lib/domain/series';
import {
  acmePniLinks,
  openTestEngine,
  removeDir,
  writeLinksCsv,
} from '../../helpers/lake.ts';
import { runQuiet } from '../../helpers/run-headroom.ts';
import { writeSeriesDaily } from '../../helpers/series-daily.ts';
import { runBacktestCommand } from './backtest-fixture.ts';

const START = '2025-06-01';
const DAYS = 450;
/** The replayed date: a2 sent nothing on the ten days before it. */
const AS_OF_DAY = 300;
const AS_OF = addDays(START, AS_OF_DAY);
const GROUP = 'Acme/LHR1/pni';
/**
 * A link's daily peak, in Gbps: the bundle of two crosses 85 % of its
 * 70 Gbps (59.5) on day 307, a week after the date.
 */
const weekly = (day: number) => 20 + day * 0.03 + (day % 7) * 0.1;
const quiet = (day: number) => day >= AS_OF_DAY - 10 && day < AS_OF_DAY;

function rows(
  level: DailyRow['level'],
  key: string,
  gbps: (day: number) => number,
  sent: (day: number) => boolean = () => true,
): DailyRow[] {
  return Array.from({ length: DAYS }, (_, day) => day)
    .filter(sent)
    .map((day) => ({
      dt: addDays(START, day),
      level,
      key,
      peakBps: gbps(day) * 1e9,
      maxBps: gbps(day) * 1.05e9,
      meanBps: gbps(day) * 0.6e9,
      capacityBps: level === 'link' ? 35e9 : 70e9,
      samples: 288,
    }));
}

const dir = mkdtempSync(join(tmpdir(), 'headroom-backtest-quiet-'));

beforeAll(async () => {
  await writeLinksCsv(join(dir, 'inventory'), acmePniLinks(['a1', 'a2'], 35e9));
  // a2's telemetry stopped for the ten days before the date, then came
  // back: the bundle's rows of those days hold a1's traffic alone.
  await writeSeriesDaily(join(dir, 'lake'), [
    ...rows('link', 'a1', weekly),
    ...rows('link', 'a2', weekly, (day) => !quiet(day)),
    ...rows('group', GROUP, (day) => weekly(day) * (quiet(day) ? 1 : 2)),
  ]);
  await cp(join(dir, 'lake'), join(dir, 'added'), { recursive: true });
  // The links' groups as a rollup by `headroom run` leaves them in the
  // lake; in 'added', the last rollup's inventory had a1 alone (a2 was
  // added to links.csv since).
  for (const [lake, ids] of [
    ['lake', ['a1', 'a2']],
    ['added', ['a1']],
  ] as const) {
    const engine = await openTestEngine(dir, { lakeDir: join(dir, lake) });
    await engine.writeInventory(
      ids.map((linkId) => ({
        linkId,
        isp: 'Acme',
        group: GROUP,
        capacityBps: 35e9,
      })),
    );
    await engine.close();
  }
}, 60_000);
afterAll(() => removeDir(dir));

describe('headroom backtest: a bundle with a link gone quiet before the date', () => {
  it.each([
    ['in one thread, querying each batch', '1', 'lake'],
    ["split, reading the plan's unload", '2', 'lake'],
    ['in one thread, a link added since the last rollup', '1', 'added'],
    ['split, a link added since the last rollup', '2', 'added'],
  ])(
    'replays the decision the run makes, on the days with every link, and predicts the crossing (%s)',
    async (_, workers, lake) => {
      // Act
      const out = join(dir, `backtest-${workers}-${lake}.json`);
      const { code } = await runBacktestCommand(
        ...['--lake', join(dir, lake), '--inventory', join(dir, 'inventory')],
        ...['--out', out, '--from', AS_OF, '--to', AS_OF],
        ...['--workers', workers],
      );

      // Assess: read from a1 alone the last ten days were at 43 %: the
      // mean forecast followed them and never reached critical, and the
      // upper bound reached it two weeks late
      expect(code).toBeUndefined();
      const result = JSON.parse(await readFile(out, 'utf8'));
      expect(result.cases).toEqual([
        expect.objectContaining({
          asOf: AS_OF,
          group: GROUP,
          orderNow: true,
          outcome: 'true-positive',
          actualCrossing: addDays(START, 307),
        }),
      ]);
      const [judged] = result.cases;
      expect(Math.abs(judged.errorDays)).toBeLessThanOrEqual(3);
      expect(Math.abs(judged.errorDaysUpper)).toBeLessThanOrEqual(3);
    },
  );

  it("decides as 'headroom run --as-of' the date does on the same lake", async () => {
    // Prepare: the backtest split; the run, which rolls up, on a copy
    const lake = join(dir, 'run-lake');
    await cp(join(dir, 'added'), lake, { recursive: true });
    const out = join(dir, 'backtest-run.json');
    await runBacktestCommand(
      ...['--lake', join(dir, 'added'), '--inventory', join(dir, 'inventory')],
      ...['--out', out, '--from', AS_OF, '--to', AS_OF, '--workers', '2'],
    );
    const replayed = JSON.parse(await readFile(out, 'utf8')).cases[0];

    // Act
    await runQuiet(
      ...['--workers', '0', '--lake', lake, '--as-of', AS_OF],
      ...['--inventory', join(dir, 'inventory'), '--out', join(dir, 'out')],
    );

    // Assess
    const csv = await readFile(
      join(dir, 'out', 'reports', AS_OF, 'groups.csv'),
      'utf8',
    );
    const [head, row] = csv.trim().split('\n');
    const field = (name: string) =>
      row!.split(',')[head!.split(',').indexOf(name)];
    expect([field('severity'), field('critical_date')]).toEqual([
      replayed.severity,
      replayed.criticalDate,
    ]);
  }, 60_000);
});
