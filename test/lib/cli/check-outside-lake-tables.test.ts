import { mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutsideLakeTables } from '#lib/cli/check-outside-lake-tables';

/** A lake of a traffic table under a fresh folder, whose path it returns. */
async function lakeFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'headroom-tables-'));
  await mkdir(join(folder, 'lake', 'traffic', 'dt=2026-11-01'), {
    recursive: true,
  });
  return folder;
}

describe('checkOutsideLakeTables', () => {
  it.each([
    ['the lake itself', 'lake'],
    ['a folder beside the tables named after one', 'lake/traffic-reports'],
    ['a folder named traffic beside the lake', 'traffic'],
    ['a folder to create under the lake', 'lake/runs/2026'],
  ])('takes %s', async (_, out) => {
    // Prepare
    const folder = await lakeFolder();

    // Act / Assess
    await expect(
      checkOutsideLakeTables(join(folder, out), join(folder, 'lake'), '--out'),
    ).resolves.toBeUndefined();
  });

  it('refuses a table that is a symbolic link to another disk', async () => {
    // Prepare: lake/traffic links to the disk that holds the days
    const folder = await mkdtemp(join(tmpdir(), 'headroom-tables-'));
    const disk = join(folder, 'disk', 'traffic');
    await mkdir(join(disk, 'dt=2026-11-01'), { recursive: true });
    await mkdir(join(folder, 'lake'));
    await symlink(disk, join(folder, 'lake', 'traffic'));
    const out = join(folder, 'lake', 'traffic');

    // Act: it was taken, and the run stopped on the state/ it wrote there
    const act = checkOutsideLakeTables(out, join(folder, 'lake'), '--out');

    // Assess
    await expect(act).rejects.toThrow(
      `${out}: is in the lake's table traffic/ (${out}), whose every entry`,
    );
  });

  it.each([
    ['a table in another case', 'lake/Traffic', 'traffic'],
    ['a folder under a table in another case', 'lake/TRAFFIC/out', 'traffic'],
    [
      'a table not made yet, in another case',
      'lake/Series_Daily',
      'series_daily',
    ],
  ])(
    'refuses %s, as a file system that ignores case reads it',
    async (_, out, table) => {
      // Prepare: on macOS or Windows lake/Traffic is lake/traffic; the
      // paths differed, so it was taken, and the run stopped on its state/
      const folder = await lakeFolder();
      const lake = join(folder, 'lake');

      // Act
      const act = checkOutsideLakeTables(join(folder, out), lake, '--out');

      // Assess
      await expect(act).rejects.toThrow(
        `${join(folder, out)}: is in the lake's table ${table}/ (${join(lake, table)}), whose every entry`,
      );
    },
  );
});

describe('checkOutsideLakeTables and a link to a file not made yet', () => {
  it('refuses an --out that is a symbolic link into a table, dangling', async () => {
    // Prepare: bt.json links to lake/traffic/bt.json, not written yet;
    // writing the output opens the link, which makes its target
    const folder = await lakeFolder();
    const out = join(folder, 'bt.json');
    await symlink(join(folder, 'lake', 'traffic', 'bt.json'), out);

    // Act: taken (realpath fails on it), the backtest's JSON landed in
    // traffic/, and every later run stopped on it
    const act = checkOutsideLakeTables(out, join(folder, 'lake'), '--out');

    // Assess
    await expect(act).rejects.toThrow(
      `${out}: is in the lake's table traffic/`,
    );
  });
});
