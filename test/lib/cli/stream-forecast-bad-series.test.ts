import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors';
import {
  files,
  inOneWorker,
  inWorkers,
  rows,
} from './stream-forecast-fixture.ts';

describe('streamForecast on bad input', () => {
  it('rejects a series whose rows are split, naming the line that broke them off and the line they come back on', async () => {
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
      "line 6: field 'series_id' series 'a': its rows are not contiguous: another series' row on line 4 broke them off, and they come back on line 6 (sort the file by series_id) (got \"a\")",
    );
  });

  it('rejects a series with a gap of more than three years (a year mistyped), naming both rows, before building it', async () => {
    // Prepare: 2042 for 2024 on the third row; and a row in year 9999
    const typo = await files(
      'series_id,ds,y\na,2024-01-01,1\na,2042-01-02,2\na,2024-01-03,3\n',
    );
    const far = await files('series_id,ds,y\nb,0100-01-01,1\nb,9999-01-01,2\n');

    // Act: one after the other, each awaited at once (a second run that
    // failed while the first was still awaited was an unhandled rejection)
    const typoRun = inOneWorker(typo.input, typo.output);

    // Assess
    await expect(typoRun).rejects.toThrow(
      "line 3: field 'ds' series 'a': no row for 6573 days after line 4 (2024-01-03); a year mistyped? A gap of more than 1096 days is refused (got \"2042-01-02\")",
    );
    await expect(inOneWorker(far.input, far.output)).rejects.toThrow(
      /line 3: field 'ds' series 'b': no row for \d+ days after line 2 \(0100-01-01\)/,
    );
  });

  it.each([1, 2])(
    'rejects a series without a value, naming its lines, rather than forecast zero (%i workers)',
    async (workers) => {
      // Prepare: series b's y empty or NA on every row
      const { input, output } = await files(
        'series_id,ds,y\na,2024-01-01,1\nb,2024-01-01,\nb,2024-01-02,NA\nb,2024-01-04,\n',
      );

      // Act
      const act = inWorkers(input, output, workers);

      // Assess
      await expect(act).rejects.toThrow(
        `${input}, line 3: field 'y' series 'b': no value in any of its 3 rows (lines 3 to 5): nothing to forecast from; give it values or remove its rows`,
      );
    },
  );

  it('forecasts a series with a gap of a year, an outage', async () => {
    // Prepare
    const lines = ['series_id,ds,y'];
    for (let d = 1; d <= 28; d += 1)
      lines.push(`a,2023-01-${String(d).padStart(2, '0')},${d}`);
    for (let d = 1; d <= 28; d += 1)
      lines.push(`a,2024-02-${String(d).padStart(2, '0')},${d}`);
    const { input, output } = await files(`${lines.join('\n')}\n`);

    // Act
    const act = inOneWorker(input, output);

    // Assess
    await expect(act).resolves.not.toThrow();
  });

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
      const act = inWorkers(input, output, workers);

      // Assess
      await expect(act).rejects.toThrow(InputError);
      await expect(act).rejects.toThrow(
        /line 62: field 'y' series 'big': too large to forecast.*\(got 1\.6941176470588235e\+308\)/,
      );
    },
  );

  it('shows a zero-width space in a series id as its escape', async () => {
    // Prepare: two rows of one day for a1 + U+200B, beside a1
    const { input, output } = await files(
      'series_id,ds,y\na1,2024-01-01,1\na1\u200b,2024-01-01,1\n' +
        'a1\u200b,2024-01-01,2\n',
    );

    // Act
    const act = inOneWorker(input, output);

    // Assess: it read "series 'a1​': duplicate day", a1's rows being fine
    await expect(act).rejects.toThrow(
      "line 4: field 'ds' series 'a1\\u200b': duplicate day",
    );
  });
});
