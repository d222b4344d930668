// A worker thread of the local shard pool (docs/architecture.md "How a run
// flows"). Worker threads do not inherit the main thread's loader, so this
// plain JavaScript entry registers tsx before importing the TypeScript task,
// the way bin/headroom.js does for the CLI.
import { register } from 'tsx/esm/api';

register();
const { runShardTask } = await import('./shard-task.ts');

export default runShardTask;
