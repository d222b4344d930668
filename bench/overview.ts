/**
 * The overview (`index.html`) at fleet size, in Chromium: time to
 * DOMContentLoaded and load, until the page is usable (its last long task
 * done), a click on each of a few column headers to the next frame, the
 * slowest keystroke typing a filter, jumps of a screen while scrolling,
 * the JS heap, the renderer's RSS and the DOM's nodes; last, where the
 * page has it, the click on 'Show all' under the action table, then with
 * every row shown a jump to the table's end, a sort and scrolling.
 *
 * Without `--page` it renders a synthetic overview first (`--isps` ISPs of
 * `--groups-per-isp` groups: by default 28,500 groups, about 17,000 of
 * them needing action, the size of a 10,000-link fleet). With several
 * `--page`s it opens them in turn, `--rounds` times, so that a before and
 * an after are measured alternately under the same load.
 *
 * `--table` and `--columns` act on another table than the overview's
 * action table. `--accuracy` measures the accuracy page's table
 * (`accuracy-table`, MAPE and Series clicked); without `--page` it
 * renders a synthetic one, every group and ISP compared once at each
 * horizon (102,600 rows by default).
 *
 * Run: npm run bench:overview -- [--page FILE]... [--rounds 1]
 *      [--isps 5700] [--groups-per-isp 5] [--accuracy]
 *      [--table action-table] [--columns Utilization,ISP,Critical,Order by]
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { tallyAccuracy } from '#lib/report/accuracy-tally';
import { renderAccuracy } from '#lib/report/render-accuracy';
import { renderIndex } from '#lib/report/render-index';
import { syntheticAccuracy } from '../test/fixtures/report/accuracy-rows.ts';
import { syntheticInput } from '../test/fixtures/report/synthetic-input.ts';
import { benchArgs, wholeOption } from './bench-args.ts';
import type { AllShown } from './overview-actions.ts';
import { measureOverview, type OverviewFigures } from './overview-measure.ts';

const { values } = benchArgs(import.meta.url, {
  options: {
    page: { type: 'string', multiple: true },
    rounds: { type: 'string', default: '1' },
    isps: { type: 'string', default: '5700' },
    'groups-per-isp': { type: 'string', default: '5' },
    accuracy: { type: 'boolean', default: false },
    table: { type: 'string' },
    columns: { type: 'string' },
  },
});
const url = import.meta.url;
const rounds = wholeOption(url, '--rounds', values.rounds, { min: 1 });
const isps = wholeOption(url, '--isps', values.isps, { min: 1 });
const groupsPerIsp = wholeOption(
  url,
  '--groups-per-isp',
  values['groups-per-isp'],
  { min: 1 },
);
const TABLE =
  values.table ?? (values.accuracy ? 'accuracy-table' : 'action-table');
const COLUMNS = (
  values.columns ??
  (values.accuracy ? 'MAPE,Series' : 'Utilization,ISP,Critical,Order by')
).split(',');
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function describe(f: OverviewFigures): string {
  const sorts = f.sorts.map((x) => `${x.column} ${s(x.ms)}`).join(', ');
  return (
    `DOMContentLoaded ${s(f.domContentLoaded)}, load ${s(f.load)}, ` +
    `usable ${s(f.usable)}; sort ${sorts}; filter's slowest key ` +
    `${s(f.filterWorstKey)}; scroll a screen median ${s(f.scrollMedian)}, ` +
    `slowest ${s(f.scrollWorst)}; JS heap ${f.jsHeapMb.toFixed(0)} MB, ` +
    `renderer RSS ${f.rendererRssMb.toFixed(0)} MB, ` +
    `${f.domNodes.toLocaleString('en-US')} DOM nodes, ` +
    `${f.rowsInDom.toLocaleString('en-US')} ${TABLE} rows in the DOM` +
    (f.allShown === undefined ? '' : `; ${describeAll(f.allShown)}`)
  );
}

function describeAll(a: AllShown): string {
  return (
    `'Show all' ${s(a.showAll)}, then to the table's end ${s(a.toBottom)} ` +
    `(last row on screen: ${a.lastRowOnScreen ? 'yes' : 'NO'}), ` +
    `sort ${s(a.sort)}, scroll a screen median ${s(a.scrollMedian)}, ` +
    `${a.rowsInDom.toLocaleString('en-US')} ${TABLE} rows in the DOM`
  );
}

async function syntheticPage(dir: string): Promise<string> {
  const input = syntheticInput(isps, groupsPerIsp, 30);
  if (!values.accuracy) {
    const file = join(dir, 'index.html');
    await writeFile(file, renderIndex(input));
    return file;
  }
  // Every group and ISP compared once at each horizon.
  const accuracy = tallyAccuracy(
    syntheticAccuracy(input, 1),
    input.decisionLevel,
  );
  const file = join(dir, 'accuracy.html');
  await writeFile(file, await renderAccuracy({ ...input, accuracy }));
  return file;
}

const dir = await mkdtemp(join(tmpdir(), 'headroom-overview-bench-'));
try {
  const pages = values.page ?? [await syntheticPage(dir)];
  for (let round = 1; round <= rounds; round += 1) {
    for (const page of pages) {
      const load = loadavg()[0]!.toFixed(1);
      const mb = ((await stat(page)).size / 2 ** 20).toFixed(1);
      const figures = await measureOverview(page, TABLE, COLUMNS);
      console.log(
        `round ${round}, ${page} (${mb} MB, load ${load}): ${describe(figures)}`,
      );
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
