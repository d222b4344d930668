import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runQuiet } from '../../helpers/run-headroom.ts';
import {
  AS_OF,
  args,
  copySample,
  useFaultSample,
} from './run-lake-faults-fixture.ts';

useFaultSample();

describe('headroom run on a faulty lake', () => {
  it.each([
    ['a lake folder that does not exist', 'missing', /does not exist/, AS_OF],
    ['an empty lake', 'empty', /empty\/lake: holds no traffic/, AS_OF],
    [
      'an as-of before the data',
      'early',
      /before the lake's first day/,
      '2025-01-01',
    ],
    ['an as-of long after the data', 'late', /history window/, '2030-01-01'],
    // 19 days after the last: every series stale, "no group needs an
    // augment" published as the latest run, and later runs mere replays.
    [
      'an as-of weeks after the data',
      'stale',
      /--as-of: is 20 days after the lake's last rolled-up day \(2026-05-31\).*2026-06-14 at the latest.*\(got "2026-06-20"\)/,
      '2026-06-20',
    ],
  ])(
    'stops with a message, not a stack trace, on %s',
    async (_, name, message, asOf) => {
      // Prepare
      const dir = await copySample(name);
      if (name === 'missing') await rm(join(dir, 'lake'), { recursive: true });
      if (name === 'empty') {
        await rm(join(dir, 'lake'), { recursive: true });
        await mkdir(join(dir, 'lake'));
      }

      // Act
      const { code, errors } = await runQuiet(...args(dir, asOf));

      // Assess
      expect(code).toBe(1);
      expect(errors).toMatch(message);
      expect(errors).not.toMatch(/\n\s+at /);
      // and nothing in the --out it made: a refusal after the rollup left
      // out/state/rollup.json
      expect(existsSync(join(dir, 'out'))).toBe(false);
      // The empty folder was left with the rollup's inventory_links/ in it
      if (name === 'empty')
        expect(await readdir(join(dir, 'lake'))).toEqual([]);
    },
  );

  it('sets aside unreadable traffic files, names them, and goes on', async () => {
    // Prepare
    const dir = await copySample('unreadable');
    const day = join(dir, 'lake', 'traffic', 'dt=2026-05-20');
    await writeFile(join(day, 'zero.parquet'), '');
    await writeFile(join(day, 'random.parquet'), 'not parquet at all');

    // Act
    const { code, errors } = await runQuiet(...args(dir));
    const quality = JSON.parse(
      await readFile(
        join(dir, 'out', 'reports', AS_OF, 'data-quality.json'),
        'utf8',
      ),
    );

    // Assess
    expect(code).toBeUndefined();
    expect(
      quality.unreadableFiles.map((f: { file: string }) => f.file),
    ).toEqual([
      'traffic/dt=2026-05-20/random.parquet',
      'traffic/dt=2026-05-20/zero.parquet',
    ]);
    expect(quality.unreadableFiles[0].day).toBe('2026-05-20');
    expect(errors).toContain('traffic/dt=2026-05-20/zero.parquet');
  });

  it('names traffic days after today, which no run reads until they come', async () => {
    // Prepare: a day's traffic again under a mistyped year (2620 for
    // 2026), as a collector whose clock runs ahead would write it too
    const dir = await copySample('future');
    const traffic = join(dir, 'lake', 'traffic');
    await cp(join(traffic, 'dt=2026-05-20'), join(traffic, 'dt=2620-05-20'), {
      recursive: true,
    });

    // Act
    const { code, errors } = await runQuiet(...args(dir));

    // Assess: it was passed over without a word
    expect(code).toBeUndefined();
    expect(errors).toMatch(
      /WARN traffic after today, not read until its day comes \(a collector's clock ahead, or a year mistyped\?\) days="1 day: 2620-05-20"/,
    );
  });

  it('runs on a lake whose older raw traffic expired, reporting the days it could not re-roll', async () => {
    // Prepare: a first run, then the oldest raw days expire and links regroup
    const dir = await copySample('expired');
    await runQuiet(...args(dir));
    const traffic = join(dir, 'lake', 'traffic');
    const expired = (await readdir(traffic)).sort().slice(0, 5);
    for (const folder of expired)
      await rm(join(traffic, folder), { recursive: true });
    const csv = join(dir, 'inventory', 'links.csv');
    const lines = (await readFile(csv, 'utf8')).trimEnd().split('\n');
    const header = lines[0]!.split(',');
    const group = header.indexOf('group');
    const moved = lines.map((line, i) => {
      if (i !== 1) return line;
      const cells = line.split(',');
      cells[group] = 'moved-bundle';
      return cells.join(',');
    });
    await writeFile(csv, `${moved.join('\n')}\n`);

    // Act
    const { code, errors } = await runQuiet(...args(dir, '2026-06-02'));
    const quality = JSON.parse(
      await readFile(
        join(dir, 'out', 'reports', '2026-06-02', 'data-quality.json'),
        'utf8',
      ),
    );

    // Assess
    expect(code).toBeUndefined();
    expect(quality.daysNotReRolled).toEqual(expired.map((f) => f.slice(3)));
    expect(errors).toContain('could not be rolled up again');
  });
});
