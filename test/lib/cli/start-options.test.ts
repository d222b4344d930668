import { describe, expect, it } from 'vitest';
import { parseStartOptions } from '#lib/cli/start-options';
import { UsageError } from '#lib/errors';

/** What `parseStartOptions` throws for `argv`, if anything. */
function refusal(argv: string[]): unknown {
  try {
    parseStartOptions(argv);
  } catch (caught) {
    return caught;
  }
  return undefined;
}

describe('parseStartOptions', () => {
  it('takes the sample and output folders, each with its default', () => {
    // Act
    const defaults = parseStartOptions([]);
    const given = parseStartOptions(['--data', '/tmp/s', '--out', '/tmp/o']);

    // Assess
    expect(defaults).toEqual({ data: 'data/sample', out: 'out', help: false });
    expect(given).toEqual({ data: '/tmp/s', out: '/tmp/o', help: false });
  });

  it.each([['--help'], ['-h']])('asks for the usage with %s', (flag) => {
    // Act
    const options = parseStartOptions([flag]);

    // Assess
    expect(options.help).toBe(true);
  });

  it.each([
    [['--sample', 'x'], "Unknown option '--sample'"],
    [['--out'], "Option '--out <value>' argument missing"],
    [['out2'], "Unexpected argument 'out2'"],
  ])(
    'turns %j into a usage error naming the two options, not a stack trace',
    (argv, message) => {
      // Act
      const error = refusal(argv);

      // Assess
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toContain(`npm start: ${message}`);
      expect((error as Error).message).toContain(
        '(it takes --data DIR and --out DIR; --help for more)',
      );
    },
  );

  it.each([
    [['--out', 'a', '--out', 'b'], "--out given twice ('a' and 'b')"],
    [
      ['--data=s1', '--out', 'o', '--data', 's2'],
      "--data given twice ('s1' and 's2')",
    ],
  ])(
    'refuses %j, naming both folders, rather than take the last',
    (argv, message) => {
      // Act
      const error = refusal(argv);

      // Assess
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toBe(
        `npm start: ${message}: give it once`,
      );
    },
  );

  it.each([
    [['--out', ''], '--out must name a folder (got "")'],
    [['--data', ' '], '--data must name a folder (got " ")'],
    [
      ['--out', '-'],
      "--out must name a folder: '-' is read as a folder named '-' here, " +
        'not as the standard input or output, which a folder cannot be; ' +
        'write ./- for such a folder (got "-")',
    ],
  ])('refuses %j rather than use the working directory', (argv, message) => {
    // Act: an unset shell variable, `--out "$OUT"`, wrote reports/,
    // outbox/ and state/ into the working directory
    const error = refusal(argv);

    // Assess
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(`npm start: ${message}`);
  });

  it('takes --help given twice', () => {
    // Act
    const options = parseStartOptions(['-h', '--help']);

    // Assess
    expect(options.help).toBe(true);
  });
});
