import { describe, expect, it } from 'vitest';
import { runHeadroom } from '../../helpers/run-headroom.ts';

describe('headroom', () => {
  it('rejects an impossible --as-of date as a usage error', async () => {
    // Act
    const { code, output } = await runHeadroom('run', '--as-of', '2026-02-30');

    // Assess
    expect(code).toBe(2);
    expect(output).toContain(
      '--as-of must be a date YYYY-MM-DD: February 2026 has days 01 to 28 (got "2026-02-30")',
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
});
