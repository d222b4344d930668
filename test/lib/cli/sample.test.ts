import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleCommand } from '#lib/cli/sample';
import { UsageError } from '#lib/errors';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'headroom-sample-cli-'));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(root, { recursive: true, force: true });
});

const run = (args: readonly string[]) =>
  sampleCommand()
    .exitOverride()
    .parseAsync([...args], { from: 'user' });

describe('headroom sample', () => {
  it('writes the sample and prints a summary', async () => {
    // Prepare
    const stdout = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation(() => true);
    const out = join(root, 's');
    // Act
    await run([
      '--out',
      out,
      '--links',
      '4',
      '--days',
      '3',
      '--end',
      '2026-01-31',
      '--seed',
      '9',
    ]);
    // Assess
    const json = JSON.parse(await readFile(join(out, 'sample.json'), 'utf8'));
    expect(json).toMatchObject({
      firstDay: '2026-01-29',
      lastDay: '2026-01-31',
      links: 4,
      seed: 9,
    });
    const printed = stdout.mock.calls.map((c) => String(c[0])).join('');
    expect(printed).toContain('2026-01-29 … 2026-01-31');
    expect(printed).toContain(`${json.rows.toLocaleString('en-US')}`);
  });

  it.each([
    [['--links', 'ten'], /--links must be a whole number/],
    [['--days', '0'], /--days must be a whole number from 1/],
    [['--seed', '-1'], /--seed must be a whole number/],
    [['--end', '2026-13-01'], /--end must be a date/],
  ])('refuses %j', async (args, message) => {
    // Prepare
    const out = join(root, 'bad');
    // Act
    const attempt = run(['--out', out, ...args]);
    // Assess
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('documents every option in its help', () => {
    // Prepare / Act
    const help = sampleCommand().helpInformation();
    // Assess
    for (const flag of ['--out', '--links', '--days', '--seed', '--end']) {
      expect(help).toContain(flag);
    }
  });
});
