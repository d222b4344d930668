import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { loadBacktest } from '#lib/pipeline/load-backtest';
import { recordingLog } from '../../helpers/recording-log.ts';
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

  it('writes through a symbolic link the JSON, and its summary beside the link, over a stale one', async () => {
    // Prepare: out/state/backtest.json links into an archive, beside it
    // the summary of an earlier backtest
    const state = join(dir, 'linked', 'state');
    await mkdir(join(dir, 'archive'), { recursive: true });
    await mkdir(state, { recursive: true });
    const target = join(dir, 'archive', 'backtest-2026-02.json');
    await writeFile(target, '');
    const link = join(state, 'backtest.json');
    await symlink(target, link);
    const stale = { kind: 'headroom-backtest-summary', generatedAt: 'old' };
    await writeFile(
      join(state, 'backtest-summary.json'),
      JSON.stringify(stale),
    );

    // Act
    const { code, output } = await runBacktestCommand(
      ...lakeArgs().slice(0, 4),
      ...RANGE,
      ...['--out', link],
    );

    // Assess: the link kept, the summary new, and publish says nothing
    expect(code).toBeUndefined();
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    const written = JSON.parse(await readFile(target, 'utf8'));
    const summaryText = await readFile(join(state, 'backtest-summary.json'));
    const summary = JSON.parse(summaryText.toString());
    expect(summary).toMatchObject({
      kind: 'headroom-backtest-summary',
      generatedAt: written.generatedAt,
      asOfDates: ['2026-02-01', '2026-02-11', '2026-02-21'],
      resultFile: { bytes: (await readFile(target)).byteLength },
    });
    expect(output).toMatch(
      /Written: \S*linked\/state\/backtest\.json, \S*linked\/state\/backtest-summary\.json\n/,
    );
    const { log, messages: warned } = recordingLog();
    const store = new FsObjectStore(join(dir, 'linked'));
    expect((await loadBacktest(store, log))?.summary).toEqual(summary);
    expect(warned).toEqual([]);
  });

  it("refuses a file in the lake's series_daily, which every later run would stop on", async () => {
    // Prepare
    const out = join(dir, 'lake', 'series_daily', 'backtest.json');

    // Act
    const { code, output } = await runBacktestCommand(
      ...lakeArgs().slice(0, 4),
      ...RANGE,
      ...['--out', out],
    );

    // Assess: the JSON and its summary were written among the days
    expect(code).toBe(1);
    expect(output).toContain(
      `${out}: is in the lake's table series_daily/ (${join(dir, 'lake', 'series_daily')})`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['a device', '/dev/null', ''],
    [
      'its own stdout, a file',
      '/dev/stdout',
      ` > '${join(dir, 'saved.json')}'`,
    ],
  ])(
    'writes the JSON alone into %s, no summary beside it',
    async (_, out, redirect) => {
      // Act: in a process of its own, whose stdout the shell may send to a file
      const command =
        `node bin/headroom.js backtest --quiet ${lakeArgs().slice(0, 4).join(' ')} ` +
        `${RANGE.join(' ')} --out ${out}${redirect}`;
      const { stdout } = await promisify(execFile)('sh', ['-c', command]);

      // Assess
      const printed = redirect
        ? await readFile(join(dir, 'saved.json'), 'utf8')
        : stdout;
      expect(printed).toMatch(new RegExp(`Written: ${out}\n`));
      expect(existsSync(`${out}-summary.json`)).toBe(false);
      if (redirect)
        expect(printed.startsWith('{\n "kind": "headroom-backtest"')).toBe(
          true,
        );
    },
    30_000,
  );
});
