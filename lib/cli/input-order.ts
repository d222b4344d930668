import type { forecastBatch } from './forecast-batch.ts';

/**
 * The batches in flight, written in input order: a batch's rows are
 * written, and its warnings given, once every batch before it is
 * (`streamForecast`).
 *
 * @example
 * const queue = new InputOrder(write, console.warn, 2);
 * await queue.add(run(batch));
 * await queue.drain();
 */
export class InputOrder {
  private readonly queue: Promise<ReturnType<typeof forecastBatch>>[] = [];

  constructor(
    private readonly write: (bytes: Uint8Array) => Promise<void>,
    private readonly warn: (message: string) => void,
    private readonly inFlight: number,
  ) {}

  /** Queues a batch; writes the oldest while too many are in flight. */
  async add(ran: Promise<ReturnType<typeof forecastBatch>>): Promise<void> {
    // Awaited in input order, so the first bad series in the file is the
    // one named; until then a batch that fails while an earlier one runs
    // is not an unhandled rejection (which ended the command with a stack
    // trace instead of its message).
    ran.catch(() => {});
    this.queue.push(ran);
    while (this.queue.length >= this.inFlight) await this.flush();
  }

  /** Writes every queued batch, in order; throws the first one's error. */
  async drain(): Promise<void> {
    while (this.queue.length > 0) await this.flush();
  }

  private async flush(): Promise<void> {
    const { bytes, warnings } = await this.queue.shift()!;
    for (const w of warnings) this.warn(w);
    await this.write(bytes);
  }
}
