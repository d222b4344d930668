/**
 * A plan in a process of its own, for the lake lock's tests: `node
 * --import tsx lake-reader.ts LAKE` takes the lake's lock at the folder
 * LAKE as a reader (`plan`), prints `held`, and holds it until killed.
 */
import { FsObjectStore } from '#lib/adapters/local/fs-object-store';
import { SystemClock } from '#lib/adapters/local/system-clock';
import { withLakeLock } from '#lib/pipeline/lake-lock';

const lake = new FsObjectStore(process.argv[2]!);
const log = { info() {}, warn() {}, error() {} };
await withLakeLock(
  { lake, clock: new SystemClock(), log },
  { stage: 'plan' },
  async () => {
    process.stdout.write('held\n');
    // Held until killed: the timer keeps the process alive.
    await new Promise(() => setInterval(() => {}, 1000));
  },
);
