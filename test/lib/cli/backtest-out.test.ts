import { existsSync } from 'node:fs';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBacktestCommand, useBacktestLake } from './backtest-fixture.ts';

const { dir, lakeArgs } = useBacktestLake();
const RANGE = ['--from', '2026-02-01', '--to', '2026-02-21', '--every', '10'];

describe('headroom backtest --out', () => {
  it('writes the summary with every miss beside the JSON, and names both files', async () => {
    // Act
    const { code, output } = await runBacktestCommand(...lakeArgs(), ...RANGE);

    // Assess
    expect(code).toBeUndefined();
    const read = (name: string) => readFile(join(dir, 'out', name), 'utf8');
    const result = JSON.parse(await read('backtest.json'));
    expect(JSON.parse(await read('backtest-summary.json'))).toMatchObject({
      kind: 'headroom-backtest-summary',
      asOfDates: ['2026-02-01', '2026-02-11', '2026-02-21'],
      totals: result.totals,
      misses: [],
    });
    expect(existsSync(join(dir, 'out', 'backtest-misses.csv'))).toBe(false);
    expect(output).toMatch(
      /Written: \S*out\/backtest\.json, \S*out\/backtest-summary\.json\n/,
    );
  });

  it('writes through a symbolic link the JSON alone, no summary beside the link', async () => {
    // Prepare
    const target = join(dir, 'target.json');
    await writeFile(target, '');
    const link = join(dir, 'link.json');
    await symlink(target, link);

    // Act
    const { code, output } = await runBacktestCommand(
      ...lakeArgs().slice(0, 4),
      ...RANGE,
      ...['--out', link],
    );

    // Assess
    expect(code).toBeUndefined();
    const written = JSON.parse(await readFile(target, 'utf8'));
    expect(written.kind).toBe('headroom-backtest');
    expect(existsSync(join(dir, 'link-summary.json'))).toBe(false);
    expect(output).toMatch(/Written: \S*link\.json\n/);
  });
});
