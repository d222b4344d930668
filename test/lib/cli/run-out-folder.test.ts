import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHeadroom } from '../../helpers/run-headroom.ts';

describe('headroom run --out', () => {
  it.each([
    ['a file', 'report.html', ''],
    ['a folder under a file', 'report.html', '/reports'],
  ])(
    'stops with a message, not a stack trace, on %s',
    async (_, file, below) => {
      // Prepare: a lake folder (empty: the run stops before reading it)
      const folder = await mkdtemp(join(tmpdir(), 'headroom-out-'));
      await mkdir(join(folder, 'lake'));
      await writeFile(join(folder, file), 'not a folder');
      const out = `${join(folder, file)}${below}`;

      // Act
      const { code, output } = await runHeadroom(
        'run',
        '--lake',
        join(folder, 'lake'),
        '--inventory',
        join(folder, 'none'),
        '--out',
        out,
      );

      // Assess
      expect(code).toBe(1);
      expect(output).toContain(
        `headroom: ${join(folder, file)}: is a file: --out must name a ` +
          'folder for the report store (reports/, state/, outbox/), or one ' +
          `to create (got "${out}")`,
      );
      expect(output).not.toMatch(/\n\s+at /);
    },
  );
});
