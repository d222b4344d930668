/**
 * `npm run bench`: the benchmarks of `BENCHES` in turn, each printing its
 * own figures. Pass names to run a subset: `npm run bench -- sample rollup`.
 */
import { spawnSync } from 'node:child_process';
import { benchArgs } from './bench-args.ts';
import { chooseBenches } from './choose-benches.ts';

const { positionals } = benchArgs(import.meta.url, {
  options: {},
  allowPositionals: true,
});
let chosen: string[];
try {
  chosen = chooseBenches(positionals);
} catch (error) {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(2);
}
let failed = 0;
for (const name of chosen) {
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
