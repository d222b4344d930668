import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
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
});
