import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { runQuiet } from '../../helpers/run-headroom.ts';
import { runBacktestCommand } from './backtest-fixture.ts';
import {
  AS_OF,
  dir,
  GROUP,
  START,
  useQuietLinkLakes,
} from './backtest-quiet-link-fixture.ts';

useQuietLinkLakes();

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
