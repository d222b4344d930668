import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '#lib/cli/main';
import { makeTempDir, removeDir, writeLinksCsv } from '../../helpers/lake.ts';
import { groupRows, writeSeriesDaily } from '../../helpers/series-daily.ts';

const START = '2026-01-01';
let dir: string;

async function runHeadroom(...args: string[]) {
  const output: string[] = [];
  const stderr = process.stderr.write.bind(process.stderr);
  const stdout = process.stdout.write.bind(process.stdout);
  process.stderr.write = ((text: string) => output.push(text)) as never;
  process.stdout.write = ((text: string) => output.push(text)) as never;
  process.exitCode = undefined;
  try {
    await main(['node', 'headroom', 'backtest', '--quiet', ...args]);
  } finally {
    process.stderr.write = stderr;
    process.stdout.write = stdout;
  }
  const code = process.exitCode;
  process.exitCode = undefined;
  return { code, output: output.join('') };
}

const lakeArgs = (lake = join(dir, 'lake')) => [
  '--lake',
  lake,
  '--inventory',
  join(dir, 'inventory'),
  '--out',
  join(dir, 'out', 'backtest.json'),
];

beforeAll(async () => {
  dir = await makeTempDir('backtest-cli');
  await writeLinksCsv(join(dir, 'inventory'), [
    {
      linkId: 'l1',
      isp: 'Acme',
      site: 'LHR1',
      linkType: 'ix',
      capacityBps: 100,
    },
  ]);
  // 200 days, 2026-01-01 to 2026-07-19, flat at 30 %.
  await writeSeriesDaily(
    join(dir, 'lake'),
    groupRows('Acme/LHR1/ix', START, 200, 100, (day) => 30 + (day % 7)),
  );
  await mkdir(join(dir, 'empty-lake'), { recursive: true });
}, 60_000);

afterAll(() => removeDir(dir));

describe('headroom backtest', () => {
  it('writes the scored backtest as JSON and prints its figures', async () => {
    // Act
    const { code, output } = await runHeadroom(
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

  it.each([
    [
      'dates out of order',
      ['--from', '2026-03-01', '--to', '2026-02-01'],
      '--from 2026-03-01 is after --to 2026-02-01',
    ],
    [
      '--every 0',
      ['--from', '2026-02-01', '--to', '2026-03-01', '--every', '0'],
      '--every must be a whole number from 1 to 3660 (got "0")',
    ],
    [
      'a negative --every',
      ['--from', '2026-02-01', '--to', '2026-03-01', '--every', '-7'],
      '--every must be a whole number from 1 to 3660 (got "-7")',
    ],
    [
      'a fractional --every',
      ['--from', '2026-02-01', '--to', '2026-03-01', '--every', '2.5'],
      '--every must be a whole number from 1 to 3660 (got "2.5")',
    ],
    [
      'a range after the data',
      ['--from', '2026-02-01', '--to', '2026-08-01'],
      '--to 2026-08-01 is outside the data: series_daily runs from ' +
        '2026-01-01 to 2026-07-19',
    ],
    [
      'a range before the data',
      ['--from', '2025-06-01', '--to', '2026-03-01'],
      '--from 2025-06-01 is outside the data: series_daily runs from ' +
        '2026-01-01 to 2026-07-19',
    ],
  ])('rejects %s as a usage error', async (_, args, message) => {
    // Act
    const { code, output } = await runHeadroom(...lakeArgs(), ...args);

    // Assess
    expect(code).toBe(2);
    expect(output).toContain(message);
  });

  it('names a missing lake', async () => {
    // Prepare
    const lake = join(dir, 'no-such-lake');

    // Act
    const { code, output } = await runHeadroom(
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

  it('asks for a rollup when the lake has no daily series', async () => {
    // Act
    const { code, output } = await runHeadroom(
      ...lakeArgs(join(dir, 'empty-lake')),
      '--from',
      '2026-02-01',
      '--to',
      '2026-03-01',
    );

    // Assess
    expect(code).toBe(2);
    expect(output).toContain(
      "series_daily is empty): roll the traffic up first with 'headroom run'",
    );
  });
});
