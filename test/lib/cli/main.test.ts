import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '#lib/cli/main';

async function runHeadroom(...args: string[]) {
  const output: string[] = [];
  const stderr = process.stderr.write.bind(process.stderr);
  const stdout = process.stdout.write.bind(process.stdout);
  process.stderr.write = ((text: string) => output.push(text)) as never;
  process.stdout.write = ((text: string) => output.push(text)) as never;
  process.exitCode = undefined;
  try {
    await main(['node', 'headroom', ...args]);
  } catch (error) {
    output.push(String(error));
  } finally {
    process.stderr.write = stderr;
    process.stdout.write = stdout;
  }
  const code = process.exitCode;
  process.exitCode = undefined;
  return { code, output: output.join('') };
}

/** `headroom run` on a folder with no inventory in it (it stops there). */
const runWithoutInventory = (folder: string, ...options: string[]) =>
  runHeadroom(
    'run',
    ...options,
    '--lake',
    folder,
    '--inventory',
    join(folder, 'none'),
    '--out',
    join(folder, 'out'),
  );

describe('headroom', () => {
  it.each([
    ['{"horizonDays": "soon"}', /bad\.json: field 'horizonDays'/],
    [
      '{"thresholds": {"pni": {"critcal": 0.9}}}',
      /field 'thresholds\.pni'.*critcal/,
    ],
    ['{"horizonDays": 90,}', /bad\.json: is not valid JSON/],
  ])(
    'stops on a bad configuration %s naming file and field',
    async (text, message) => {
      // Prepare
      const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));
      const config = join(folder, 'bad.json');
      await writeFile(config, text);

      // Act
      const { code, output } = await runHeadroom(
        'run',
        '--config',
        config,
        '--out',
        join(folder, 'out'),
      );

      // Assess
      expect(code).toBe(1);
      expect(output).toMatch(message);
      expect(output).not.toMatch(/at .*\.ts:\d+/);
    },
  );

  it('reads a configuration file saved with a UTF-8 byte order mark', async () => {
    // Prepare: a valid file, BOM first; no inventory, so the run stops there
    const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));
    const config = join(folder, 'bom.json');
    await writeFile(
      config,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('{"horizonDays": 180}'),
      ]),
    );

    // Act
    const { code, output } = await runWithoutInventory(
      folder,
      '--config',
      config,
    );

    // Assess: past the configuration, stopped by the missing inventory
    expect(code).toBe(1);
    expect(output).not.toContain('bom.json');
    expect(output).toContain(`${join(folder, 'none')}/links.csv: is missing`);
  });

  it('rejects an impossible --as-of date as a usage error', async () => {
    // Act
    const { code, output } = await runHeadroom('run', '--as-of', '2026-02-30');

    // Assess
    expect(code).toBe(2);
    expect(output).toContain(
      '--as-of must be a date YYYY-MM-DD (got "2026-02-30")',
    );
  });

  it.each(['', ' '])(
    'rejects an empty --workers %j as a usage error instead of running on no worker threads',
    async (value) => {
      // Act
      const { code, output } = await runHeadroom(
        'run',
        '--workers',
        value,
        '--inventory',
        '/nonexistent',
      );

      // Assess
      expect(code).toBe(2);
      expect(output).toContain(
        `--workers must be a whole number from 0 to 256 (got "${value}")`,
      );
    },
  );

  it.each([
    [['backtest', '--lake', 'lake'], "required option '--inventory <dir>'"],
    [['run', '--bogus'], "unknown option '--bogus'"],
    [['plan'], "unknown command 'plan'"],
    [[], 'Usage: headroom'],
  ])(
    'exits 2 on the usage error commander finds in %j, as on its own',
    async (args, message) => {
      // Act
      const { code, output } = await runHeadroom(...args);

      // Assess
      expect(code).toBe(2);
      expect(output).toContain(message);
    },
  );

  it.each([[['--help']], [['run', '--help']], [['help', 'backtest']]])(
    'prints the help of %j and exits 0',
    async (args) => {
      // Act
      const { code, output } = await runHeadroom(...args);

      // Assess
      expect(code).toBeUndefined();
      expect(output).toContain('Usage: headroom');
    },
  );

  it('names a missing inventory folder', async () => {
    // Prepare
    const folder = await mkdtemp(join(tmpdir(), 'headroom-cli-'));

    // Act
    const { code, output } = await runWithoutInventory(folder);

    // Assess
    expect(code).toBe(1);
    expect(output).toContain(`${join(folder, 'none')}/links.csv: is missing`);
  });
});
