// Piscina worker entry: worker threads do not inherit the main thread's
// tsx loader, so it is registered here before the TypeScript is imported.
import { Piscina } from 'piscina';
import { register } from 'tsx/esm/api';

register();
const { forecastBatch } = await import('./forecast-batch.ts');

/**
 * Forecast a batch in this worker. Its rows are a view of the worker's
 * reused buffer: they are copied once and the copy is moved to the main
 * thread (transferred, not cloned a second time).
 */
export default function forecastInWorker(batch) {
  const { bytes, warnings } = forecastBatch(batch);
  const result = { bytes: bytes.slice(), warnings };
  return Piscina.move({
    get [Piscina.transferableSymbol]() {
      return [result.bytes.buffer];
    },
    get [Piscina.valueSymbol]() {
      return result;
    },
  });
}
