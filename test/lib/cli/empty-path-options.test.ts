import { describe, expect, it } from 'vitest';
import { runHeadroom } from '../../helpers/run-headroom.ts';

// An unset shell variable (`--scenario "$WHAT_IF"`) passes an empty path:
// `run --scenario ""` ran the real run, sending its alerts, and `--config
// ""` said "headroom: : cannot be read"; `--lake ""`, `--out ""` took the
// working directory. A `-` (the standard input or output in many tools)
// was a file of that name: `forecast --output -` wrote ./- without a word.
// A folder is no stream: it was told to write /dev/stdin or /dev/stdout.
const DASH: Record<string, string> = {
  'a file':
    ": '-' is read as a file named '-' here, not as the standard input " +
    'or output; write /dev/stdin or /dev/stdout for those, or ./- for ' +
    'such a file',
  'a folder':
    ": '-' is read as a folder named '-' here, not as the standard " +
    'input or output, which a folder cannot be; write ./- for such a ' +
    'folder',
};

describe.each([
  ['an empty value', '', () => ''],
  ["'-'", '-', (what: string) => DASH[what]],
])('a path option given %s', (_, value, why) => {
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
        value,
      );

      // Assess
      expect(code).toBe(2);
      expect(output).toContain(
        `${flag} must name ${what}${why(what)} (got "${value}")`,
      );
    },
  );
});
