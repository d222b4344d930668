// Piscina worker entry: worker threads do not inherit the main thread's
// tsx loader, so it is registered here before the TypeScript is imported.
import { Piscina } from 'piscina';
import { register } from 'tsx/esm/api';

register();
const { forecastBatch } = await import('./forecast-batch.ts');
const { InputError } = await import('../errors.ts');

/**
 * Forecast a batch in this worker. Its rows are a view of the worker's
 * reused buffer: they are copied once and the copy is moved to the main
 * thread (transferred, not cloned a second time). An InputError comes
 * back as data (`{ inputError }`), which the main thread throws again: a
 * thread passes on an error's message and stack, not its class.
 */
export default function forecastInWorker(batch) {
  let done;
  try {
    done = forecastBatch(batch);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const { file, problem, location } = error;
    return { inputError: { file, problem, location } };
  }
  const { bytes, warnings } = done;
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
