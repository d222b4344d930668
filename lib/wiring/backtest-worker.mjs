// A worker thread of the local backtest pool (docs/architecture.md "The
// decision backtest"). Worker threads do not inherit the main thread's
// loader, so this plain JavaScript entry registers tsx before importing the
// TypeScript task, as shard-worker.mjs does.
import { register } from 'tsx/esm/api';

register();
const { runBacktestBatchTask } = await import('./backtest-task.ts');

export default runBacktestBatchTask;
