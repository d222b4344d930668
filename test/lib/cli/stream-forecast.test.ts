import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { forecastCsv } from '#lib/cli/forecast-csv';
import { streamForecast } from '#lib/cli/stream-forecast';
import { files, OPTIONS, rows, TEXT } from './stream-forecast-fixture.ts';

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

  it('warns when the file has a header and no rows', async () => {
    // Prepare
    const { input, output } = await files('series_id,ds,y\r\n');
    const warnings: string[] = [];

    // Act
    const count = await streamForecast({
      ...OPTIONS,
      input,
      output,
      workers: 1,
      warn: (w) => warnings.push(w),
    });

    // Assess: the output is the header alone, and the user is told why
    expect(count).toBe(0);
    expect((await readFile(output, 'utf8')).split('\n')[1]).toBe('');
    expect(warnings).toEqual([
      `${input}: no rows after the header: the output holds its header only`,
    ]);
  });
});
