import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { S3ObjectStore } from '#lib/adapters/aws/s3-object-store';
import { claimRunDate } from '#lib/pipeline/run-date-lock';
import type { LocalTask } from '../helpers/local-state-machine.ts';
import { AS_OF, LOCK, lambdas, REPORTS, s3 } from './state-machine-fixture.ts';
import { start } from './state-machine-start.ts';

/** The rollup Lambda's event, as the state machine builds it. */
export type RollupEvent = {
  readonly asOf: string;
  readonly execution: string;
};

/** The report store the rollup Lambda takes the date's lock in. */
export const reports = () => new S3ObjectStore(s3.client, REPORTS);

/** Removes the date's lock, as before a first start. */
export async function freeDate(): Promise<void> {
  await s3.client.send(new DeleteObjectCommand({ Bucket: REPORTS, Key: LOCK }));
}

/**
 * Starts execution `id` on a free date: its rollup takes the date's lock,
 * as the Lambda does (`claimRunDate`), and waits there until aborted.
 */
export async function holding(id: string) {
  await freeDate();
  let entered!: () => void;
  const inRollup = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const run = start(
    { asOf: AS_OF },
    {
      ...lambdas,
      Rollup: async (event: RollupEvent) => {
        await claimRunDate(reports(), event.asOf, event.execution);
        entered();
        return new Promise(() => {});
      },
    } as Record<string, LocalTask>,
    id,
  );
  await inRollup;
  return run;
}

/** The task handlers, each recording its state's name in `calls`. */
export function recorded(
  tasks: Record<string, LocalTask>,
  calls: string[],
): Record<string, LocalTask> {
  return Object.fromEntries(
    Object.entries(tasks).map(([name, task]) => [
      name,
      ((input: never) => {
        calls.push(name);
        return task(input);
      }) as LocalTask,
    ]),
  );
}
