import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runHeadroom } from '../../helpers/run-headroom.ts';

const dir = await mkdtemp(join(tmpdir(), 'sample-bad-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('headroom sample with options it cannot honour', () => {
  it('stops before announcing or writing anything', async () => {
    // Prepare
    const out = join(dir, 'sample');

    // Act: 30 days up to 1970-01-10 would start in 1969
    const { code, output } = await runHeadroom(
      'sample',
      '--out',
      out,
      '--days',
      '30',
      '--end',
      '1970-01-10',
    );

    // Assess
    expect(code).toBe(2);
    expect(output).toContain(
      "the sample's first day 1969-12-12 (30 days to end 1970-01-10) is out of range",
    );
    expect(output).not.toContain('headroom sample: 100 links');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['is a file', '', ''],
    ['lies under a file', '', 'sub'],
    ['holds a file named lake', 'lake', ''],
    ['holds a file named inventory', 'inventory', ''],
  ])(
    'names the file in the way when --out %s, in one line',
    async (_, inside, below) => {
      // Prepare
      const folder = await mkdtemp(join(dir, 'file-'));
      const file = join(folder, inside || 'notes.txt');
      await writeFile(file, 'not a folder');
      const out = inside ? folder : join(file, below);

      // Act
      const { code, output } = await runHeadroom(
        'sample',
        '--out',
        out,
        '--links',
        '1',
        '--days',
        '1',
      );

      // Assess: a stack trace (ENOTDIR, EEXIST), or a lock "under" the file
      expect(code).toBe(2);
      expect(output).toContain(
        `headroom: ${file} is a file where the sample needs a folder: ` +
          '--out must name a folder (or one to create) for lake/ and inventory/',
      );
      expect(output).not.toContain('    at ');
      expect(output).not.toContain('headroom sample: 1 links');
    },
  );
});
