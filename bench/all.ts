/**
 * `npm run bench`: every benchmark in turn, each printing its own figures.
 * Pass names to run a subset: `npm run bench -- sample rollup`.
 */
import { spawnSync } from 'node:child_process';

const BENCHES = [
  'sample',
  'rollup',
  'speed',
  'forecast-cli',
  'accuracy',
  'backtest',
  'report',
  'aws-sizes',
  'start',
];
const chosen = process.argv.slice(2).filter((name) => BENCHES.includes(name));
let failed = 0;
for (const name of chosen.length > 0 ? chosen : BENCHES) {
  console.log(`\n=== bench/${name}.ts ===`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', `bench/${name}.ts`],
    {
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
