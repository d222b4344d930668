import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import {
  runBacktestCommand,
  START,
  useBacktestLake,
} from './backtest-fixture.ts';

const { dir, lakeArgs } = useBacktestLake();

describe('headroom backtest', () => {
  it('writes the scored backtest as JSON and prints its figures', async () => {
    // Act
    const { code, output } = await runBacktestCommand(
      ...lakeArgs(),
      '--from',
      '2026-02-01',
      '--to',
      '2026-02-21',
      '--every',
      '10',
    );

    // Assess
    expect(code).toBeUndefined();
    const result = JSON.parse(
      await readFile(join(dir, 'out', 'backtest.json'), 'utf8'),
    );
    expect(result).toMatchObject({
      kind: 'headroom-backtest',
      asOfDates: ['2026-02-01', '2026-02-11', '2026-02-21'],
      dataFirstDay: START,
      dataLastDay: '2026-07-19',
      totals: { cases: 3, trueNegatives: 3, open: 0, falsePositives: 0 },
    });
    expect(output).toContain(
      'Backtest of 3 as-of dates from 2026-02-01 to 2026-02-21, every 10 days, 1 group ',
    );
    expect(output).toContain('Precision n/a  recall n/a  F1 n/a');
    expect(output).toContain('backtest.json');
  });

  it('replays up to 270 days, every 30, ending at the last date judged in full, when --from and --to are left out (on a short lake from its first day with 28 days of history)', async () => {
    // Act: as the monthly backtest Lambda does with an empty event
    const { code, output } = await runBacktestCommand(...lakeArgs());

    // Assess: the data runs from START (28 days of history needed) to
    // 2026-07-19; an IX link's decision is judged 60 + 30 + 6 days later
    expect(code).toBeUndefined();
    const result = JSON.parse(
      await readFile(join(dir, 'out', 'backtest.json'), 'utf8'),
    );
    // The dates step back from the last date judged in full, the newest
    // decision: forward from the first day with history (2026-01-29) they
    // ended on 2026-03-30 and left the last 15 days' decisions out
    const from = addDays(START, 28 + 15);
    expect(result).toMatchObject({ from, to: '2026-04-14', everyDays: 30 });
    expect(result.asOfDates).toEqual([from, '2026-03-15', '2026-04-14']);
    expect(result.totals).toMatchObject({ cases: 3, open: 0 });
    expect(output).toContain(`from ${from} to `);
  });

  it('names a missing lake', async () => {
    // Prepare
    const lake = join(dir, 'no-such-lake');

    // Act
    const { code, output } = await runBacktestCommand(
      ...lakeArgs(lake),
      '--from',
      '2026-02-01',
      '--to',
      '2026-03-01',
    );

    // Assess
    expect(code).toBe(1);
    expect(output).toContain(`${lake}: the lake folder does not exist`);
  });

  it('names an --out under a file in one line, not a stack trace, before replaying anything', async () => {
    // Prepare: a file where --out needs a folder
    const file = join(dir, 'a-file');
    await writeFile(file, '');
    const out = join(file, 'backtest.json');

    // Act
    const { code, output } = await runBacktestCommand(
      ...lakeArgs().slice(0, 4),
      '--out',
      out,
    );

    // Assess
    expect(code).toBe(1);
    expect(output).toContain(`headroom: ${out}: cannot write: `);
    expect(output).not.toContain('    at ');
  });

  it('checks --out before the lake: a lake with nothing rolled up is not even read', async () => {
    // Prepare
    const file = join(dir, 'another-file');
    await writeFile(file, '');
    const out = join(file, 'backtest.json');

    // Act
    const { code, output } = await runBacktestCommand(
      ...lakeArgs(join(dir, 'empty-lake')).slice(0, 4),
      '--out',
      out,
    );

    // Assess: not the empty lake's usage error (exit 2).
    expect(code).toBe(1);
    expect(output).toContain(`headroom: ${out}: cannot write: `);
    expect(output).not.toContain('series_daily is empty');
  });

  it.each([[['--from', '2026-02-01', '--to', '2026-03-01']], [[]]])(
    'asks for a rollup when the lake has no daily series (%j), as a usage error',
    async (dates) => {
      // Act
      const { code, output } = await runBacktestCommand(
        ...lakeArgs(join(dir, 'empty-lake')),
        ...dates,
      );

      // Assess
      expect(code).toBe(2);
      expect(output).toContain(
        "series_daily is empty): roll the traffic up first with 'headroom run'",
      );
    },
  );
});
