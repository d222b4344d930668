import { describe, expect, it } from 'vitest';
import { runHeadroom } from '../../helpers/run-headroom.ts';

// An unset shell variable (`--scenario "$WHAT_IF"`) passes an empty path:
// `run --scenario ""` ran the real run, sending its alerts, and `--config
// ""` said "headroom: : cannot be read"; `--lake ""`, `--out ""` took the
// working directory.
describe('a path option given an empty value', () => {
  it.each([
    ['run', '--scenario', 'a file'],
    ['run', '--config', 'a file'],
    ['run', '--lake', 'a folder'],
    ['run', '--inventory', 'a folder'],
    ['run', '--out', 'a folder'],
    ['sample', '--out', 'a folder'],
    ['backtest', '--lake', 'a folder'],
    ['backtest', '--out', 'a file'],
    ['forecast', '--input', 'a file'],
    ['forecast', '--output', 'a file'],
  ])(
    '%s %s is a usage error naming the option',
    async (command, flag, what) => {
      // Prepare: the other required options, so that only the empty one
      // is wrong (and is given once: twice is an error of its own)
      const required: Record<string, [string, string][]> = {
        backtest: [
          ['--lake', 'lake'],
          ['--inventory', 'inventory'],
        ],
        forecast: [
          ['--input', 'in.csv'],
          ['--horizon', '7'],
          ['--output', 'o.csv'],
        ],
      };
      const others = (required[command] ?? []).filter(([f]) => f !== flag);

      // Act
      const { code, output } = await runHeadroom(
        command,
        ...others.flat(),
        flag,
        '',
      );

      // Assess
      expect(code).toBe(2);
      expect(output).toContain(`${flag} must name ${what} (got "")`);
    },
  );
});
