import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleParagraph } from '../../helpers/console-paragraph.ts';
import { runHeadroomStrict, runQuiet } from '../../helpers/run-headroom.ts';
import {
  AS_OF,
  args,
  copySample,
  overviewText,
  sampleRewritten,
  secondRun,
  useFaultSample,
} from './run-lake-faults-fixture.ts';

useFaultSample();

describe('headroom run names the traffic it could not use on the console and the overview', () => {
  it("names a day's only file refused for its column type, with the reason, not only as a day with no traffic", async () => {
    // Prepare: the day's file rewritten with out_bps as text, as a CSV
    // import into a data frame writes it
    const dir = await sampleRewritten(
      'text-out-bps',
      'SELECT * REPLACE (CAST(out_bps AS VARCHAR) AS out_bps)',
    );

    // Act
    const { output } = await runHeadroomStrict('run', '--quiet', ...args(dir));
    const overview = await overviewText(dir, AS_OF);

    // Assess: the summary's line and the overview's section name the
    // file, beside the day it left with no traffic (the sample has one more)
    expect(consoleParagraph(output, 'Data quality')).toContain(
      '2 days with no traffic; 1 traffic file could not be read, left out ' +
        'of its day: traffic/dt=2026-05-20/part-0.parquet',
    );
    expect(overview).toContain(
      '1 traffic file could not be read, left out of its day (each day is ' +
        'rolled up again on every run, until its file is readable or ' +
        'removed): traffic/dt=2026-05-20/part-0.parquet (column out_bps ' +
        'is VARCHAR, expected a double).',
    );
  });

  it('names a file lacking out_bps, with the column, on the console, the overview and data-quality.json, on every run', async () => {
    // Prepare: the day's file rewritten without out_bps, as a collector
    // that renamed its column writes it
    const dir = await sampleRewritten(
      'no-out-bps',
      'SELECT * EXCLUDE (out_bps)',
    );

    // Act: a second run, the day rolled up by the first
    const { output, overview, quality } = await secondRun(dir);

    // Assess: before, only a warning on the console of the run that
    // rolled the day up; its rows were counted as empty or not finite
    expect(consoleParagraph(output, 'Data quality')).toContain(
      '1 traffic file lacking a column the rollup needs, read with it ' +
        'empty, its rows counted as bad: ' +
        'traffic/dt=2026-05-20/part-0.parquet (no out_bps)',
    );
    expect(overview).toContain(
      '1 traffic file lacking a column the rollup needs, read with it ' +
        'empty, its rows counted as bad (as Athena reads it; its day is ' +
        'rolled up again on every run, until the file holds the column or ' +
        'is removed): traffic/dt=2026-05-20/part-0.parquet (no column ' +
        'out_bps: its rows count as empty or not finite).',
    );
    expect(quality.unreadableFiles).toEqual([
      {
        file: 'traffic/dt=2026-05-20/part-0.parquet',
        day: '2026-05-20',
        reason: 'no column out_bps: its rows count as empty or not finite',
        missing: ['out_bps'],
      },
    ]);
  });

  it('names the days whose raw traffic expired before links.csv regrouped them', async () => {
    // Prepare: a first run, then the two oldest raw days expire and a
    // link moves to another bundle
    const dir = await copySample('expired-report');
    await runQuiet(...args(dir));
    const traffic = join(dir, 'lake', 'traffic');
    for (const day of ['dt=2026-04-22', 'dt=2026-04-23'])
      await rm(join(traffic, day), { recursive: true });
    const csv = join(dir, 'inventory', 'links.csv');
    const [header, first, ...rest] = (await readFile(csv, 'utf8'))
      .trimEnd()
      .split('\n');
    const group = header!.split(',').indexOf('group');
    const cells = first!.split(',');
    cells[group] = 'moved-bundle';
    await writeFile(csv, `${[header, cells.join(','), ...rest].join('\n')}\n`);

    // Act
    const { output } = await runHeadroomStrict(
      'run',
      '--quiet',
      ...args(dir, '2026-06-02'),
    );
    const overview = await overviewText(dir, '2026-06-02');

    // Assess
    expect(consoleParagraph(output, 'Data quality')).toContain(
      '2 days not rolled up again, their raw traffic gone: 2026-04-22, ' +
        '2026-04-23',
    );
    expect(overview).toContain(
      '2 days not rolled up again, their raw traffic gone (kept as they ' +
        'were rolled up: a change that needed them rolled up again, links ' +
        'regrouped in links.csv, does not reach them): 2026-04-22, ' +
        '2026-04-23.',
    );
  });
});
