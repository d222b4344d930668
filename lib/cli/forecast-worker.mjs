// Piscina worker entry: worker threads do not inherit the main thread's
// tsx loader, so it is registered here before the TypeScript is imported.
import { register } from 'tsx/esm/api';

register();
const { forecastBatch } = await import('./forecast-batch.ts');

export default forecastBatch;
