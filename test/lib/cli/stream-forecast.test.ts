import {
  lstat,
  mkdtemp,
  readdir,
  readFile,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecastCsv } from '#lib/cli/forecast';
import { streamForecast } from '#lib/cli/stream-forecast';
import { InputError } from '#lib/errors';

function rows(id: string, days: number, phase: number) {
  return Array.from({ length: days }, (_, t) => {
    const ds = new Date(Date.UTC(2024, 0, 1) + t * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return `${id},${ds},${1e6 * (2 + Math.sin(t + phase)) * (1 + t / 400)}`;
  });
}

async function files(text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'headroom-stream-'));
  const input = join(dir, 'in.csv');
  await writeFile(input, text);
  return { input, output: join(dir, 'out.csv') };
}

const OPTIONS = { horizon: 20, season: 7, levels: [80, 95] };
/** The command on one worker, warnings ignored. */
const inOneWorker = (input: string, output: string) =>
  streamForecast({ ...OPTIONS, input, output, workers: 1, warn: () => {} });
const TEXT = [
  'series_id,ds,y',
  ...Array.from({ length: 30 }, (_, k) => rows(`s${k}`, 120 + k, k)).flat(),
  ...rows('"quoted, id"', 60, 3),
  '',
].join('\n');

describe('streamForecast', () => {
  it.each([1, 2])(
    'writes what the in-memory core writes (%i worker(s))',
    async (workers) => {
      // Prepare
      const { input, output } = await files(TEXT);
      const warnings: string[] = [];

      // Act
      const count = await streamForecast({
        ...OPTIONS,
        input,
        output,
        workers,
        warn: (w) => warnings.push(w),
      });

      // Assess
      const expected = forecastCsv(TEXT, input, OPTIONS);
      expect(count).toBe(31);
      expect(await readFile(output, 'utf8')).toBe(expected.csv);
      expect(warnings).toEqual(expected.warnings);
      expect(warnings).toHaveLength(1);
    },
  );

  it.each([1, 2])(
    'reads CRLF, a byte-order mark, quotes, exponents and gaps as the in-memory core does (%i worker(s))',
    async (workers) => {
      // Prepare: odd fields in every form the reader takes, over more
      // than one 64 kB chunk, days of one series in reverse.
      const odd = (id: string, k: number) =>
        rows('s', 90, k).map((r, t) => {
          const [, ds, y] = r.split(',') as [string, string, string];
          const v = Number(y);
          const forms = [
            String(Math.round(v)),
            v.toExponential(4),
            (v / 1e3).toFixed(3),
            t % 10 === 0 ? '' : `${Math.round(v)}`,
            t % 10 === 0 ? 'NA' : ` ${Math.round(v)} `,
          ];
          return `${id},${ds},${forms[k % forms.length]}`;
        });
      const ids = ['plain', '"comma, id"', '"quote ""q"""', 'zürich', 'x'];
      const lines = Array.from({ length: 25 }, (_, k) => {
        const r = odd(
          `${ids[k % ids.length]}${k}`.replace(/"(\d+)$/, '$1"'),
          k,
        );
        return k % 3 === 0 ? r.reverse() : r;
      }).flat();
      const text = `\uFEFFseries_id,ds,y\r\n${lines.join('\r\n')}\r\n`;
      const { input, output } = await files(text);

      // Act
      const count = await streamForecast({
        ...OPTIONS,
        input,
        output,
        workers,
        warn: () => {},
      });

      // Assess
      const written = await readFile(output, 'utf8');
      expect(text.length).toBeGreaterThan(1 << 16);
      expect(count).toBe(25);
      expect(written).toBe(forecastCsv(text, input, OPTIONS).csv);
      expect(written).toContain('"comma, id1",');
      expect(written).toContain('"quote ""q""2",');
    },
  );

  it('names the output when it cannot be written', async () => {
    // Prepare
    const { input } = await files(TEXT);
    const output = join(input, 'no-such-folder', 'out.csv');

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(InputError);
    await expect(act).rejects.toThrow(/out\.csv.*cannot write/);
  });

  it('writes nothing when it stops on bad input halfway, and keeps the previous output as it was', async () => {
    // Prepare: 30 good series, then a bad value
    const { input, output } = await files(
      `${TEXT}s99,2024-01-01,1\ns99,2024-01-02,x\n`,
    );
    await writeFile(output, 'the previous forecast\n');

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(/field 'y'/);
    expect(await readFile(output, 'utf8')).toBe('the previous forecast\n');
    expect(await readdir(dirname(output))).toEqual(['in.csv', 'out.csv']);
  });

  it('writes through a symbolic link (as /dev/stdout is one), leaving the link in place', async () => {
    // Prepare
    const { input, output } = await files(TEXT);
    const link = join(dirname(output), 'link.csv');
    await symlink(output, link);

    // Act
    await inOneWorker(input, link);

    // Assess
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(output, 'utf8')).toMatch(/^series_id,ds,mean,/);
  });

  it('writes an output of a name too long for a hidden file beside it in place', async () => {
    // Prepare: 250 characters, the most most file systems allow
    const { input, output } = await files(TEXT);
    const long = join(dirname(output), `${'f'.repeat(246)}.csv`);

    // Act
    await inOneWorker(input, long);

    // Assess
    expect(await readFile(long, 'utf8')).toMatch(/^series_id,ds,mean,/);
  });

  it('rejects a series whose rows are split, naming line and id', async () => {
    // Prepare
    const text = [
      'series_id,ds,y',
      ...rows('a', 2, 0),
      ...rows('b', 2, 0),
      ...rows('a', 1, 0),
    ].join('\n');
    const { input, output } = await files(
      text.replace(/a,2024-01-01/g, (m, at) => (at > 60 ? 'a,2024-03-01' : m)),
    );

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(InputError);
    await expect(act).rejects.toThrow(
      /line 6: field 'series_id' series 'a'.*not contiguous/,
    );
  });

  it('names the line and field of a bad value', async () => {
    // Prepare
    const { input, output } = await files(
      'series_id,ds,y\na,2024-01-01,1\na,2024-01-02,x\n',
    );

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).rejects.toThrow(/line 3: field 'y'.*"x"/);
  });

  it.each([
    [
      'a quote never closed',
      'a,2024-01-02,"2',
      /line 3: field 'y' is not valid CSV: this quote is never closed on its line.*\(got "\\"2"\)$/,
    ],
    [
      'a quote inside a field',
      'a,2024-01-02,2"x"',
      /line 3: field 'y' is not valid CSV: a quote inside a field that does not start with one/,
    ],
  ])(
    'names the line, field and text of %s, not csv-parse\'s "line 1"',
    async (_, row, message) => {
      // Prepare
      const { input, output } = await files(
        `series_id,ds,y\na,2024-01-01,1\n${row}\na,2024-01-03,3\n`,
      );

      // Act
      const act = inOneWorker(input, output);

      // Assess
      await expect(act).rejects.toThrow(message);
      await expect(act).rejects.not.toThrow(/at line 1/);
    },
  );

  it.each([1, 2])(
    'stops on a series too large to forecast, naming its line, field and value (%i worker(s))',
    async (workers) => {
      // Prepare: a series that rises to 1.69e308 (line 62) after an
      // ordinary one; its forecast passes the largest double
      const big = Array.from({ length: 60 }, (_, t) => {
        const ds = new Date(Date.UTC(2024, 0, 1 + t))
          .toISOString()
          .slice(0, 10);
        return `big,${ds},${1e308 * (1 + t / 85)}`;
      });
      const text = ['series_id,ds,y', ...rows('a', 1, 0), ...big].join('\n');
      const { input, output } = await files(text);

      // Act
      const act = streamForecast({
        ...OPTIONS,
        input,
        output,
        workers,
        warn: () => {},
      });

      // Assess
      await expect(act).rejects.toThrow(InputError);
      await expect(act).rejects.toThrow(
        /line 62: field 'y' series 'big': too large to forecast.*\(got 1\.6941176470588235e\+308\)/,
      );
    },
  );
});
