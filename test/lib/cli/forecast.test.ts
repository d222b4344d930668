import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { forecastCommand, parseLevels } from '#lib/cli/forecast';
import { UsageError } from '#lib/errors';
import { longCsv } from './forecast-fixture.ts';

describe('headroom forecast', () => {
  it('parses and validates --levels', () => {
    // Act & Assess
    expect(parseLevels('95, 80')).toEqual([80, 95]);
    expect(() => parseLevels('80,100')).toThrow(UsageError);
    expect(() => parseLevels('0x50')).toThrow(UsageError);
    expect(() => parseLevels('1e1')).toThrow(UsageError);
  });

  it('refuses a level written as a ratio, naming the percentage meant', () => {
    // Act & Assess
    expect(() => parseLevels('0.8,0.95')).toThrow(
      '--levels are percentages: 0.8 is a 0.8% interval; write 80 for 80% (got "0.8,0.95")',
    );
    expect(() => parseLevels('0.9999')).toThrow(
      'write 99.99 for 99.99% (got "0.9999")',
    );
    expect(parseLevels('1,50')).toEqual([1, 50]);
  });

  it.each(['80,80', '80,95,80', '80,80.0'])(
    'refuses --levels %s, naming the level given twice',
    (value) => {
      // Act & Assess: it wrote one pair of columns, lo80 and hi80, without
      // a word
      expect(() => parseLevels(value)).toThrow(
        '--levels names 80 twice: each level is one pair of columns (lo80, ' +
          `hi80); give each once (got "${value}")`,
      );
    },
  );

  it('reads the input file, writes the output and warns on stderr', async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'headroom-forecast-'));
    const input = join(dir, 'in.csv');
    const output = join(dir, 'out.csv');
    await writeFile(input, `series_id,ds,y\n${longCsv('s', 3)}\n`);
    const stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);

    // Act
    await forecastCommand().parseAsync(
      ['--input', input, '--horizon', '2', '--output', output],
      { from: 'user' },
    );

    // Assess
    const written = await readFile(output, 'utf8');
    expect(written.trim().split('\n')).toHaveLength(3);
    expect(String(stderr.mock.calls[0]?.[0])).toMatch(/short history/);
    stderr.mockRestore();
  });

  it('names the file when it cannot be read', async () => {
    // Act
    const act = forecastCommand().parseAsync(
      ['--input', '/nonexistent/in.csv', '--horizon', '2', '--output', 'x'],
      { from: 'user' },
    );

    // Assess: it was Node's "cannot read: ENOENT: no such file or
    // directory, access '/nonexistent/in.csv'"
    await expect(act).rejects.toThrow(
      /^\/nonexistent\/in\.csv: does not exist: --input must name a CSV file$/,
    );
  });

  it("takes --spreadsheet-safe, writing a formula-like id with a leading '", async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'headroom-forecast-'));
    const input = join(dir, 'in.csv');
    const output = join(dir, 'out.csv');
    await writeFile(input, `series_id,ds,y\n${longCsv('=1+1', 3)}\n`);
    const stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);

    // Act
    await forecastCommand().parseAsync(
      ['--input', input, '--horizon', '2', '--output', output],
      { from: 'user' },
    );
    const plain = await readFile(output, 'utf8');
    await forecastCommand().parseAsync(
      [
        '--input',
        input,
        '--horizon',
        '2',
        '--output',
        output,
        '--spreadsheet-safe',
      ],
      { from: 'user' },
    );
    stderr.mockRestore();

    // Assess
    expect(plain.split('\n')[1]).toMatch(/^=1\+1,/);
    expect((await readFile(output, 'utf8')).split('\n')[1]).toMatch(/^'=1\+1,/);
  });
});
