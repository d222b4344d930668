import { z } from 'zod';
import { publishRun } from '#lib/pipeline/publish-run';
import { lambdaStage } from '#lib/wiring/lambda-stage';

/** From the state machine, after every shard succeeded. */
const PublishEvent = z.strictObject({ runId: z.string().min(1) });

/**
 * Merges the shards' results, publishes the report set, switches latest
 * and notifies; returns the counts only (the rest is in the report).
 */
export const handler = lambdaStage(PublishEvent, async (deps, input) => {
  const summary = await publishRun(deps, input);
  const { runId, asOf, folder, severities, notifications, seconds } = summary;
  const { sent, failed, skipped } = notifications;
  return { runId, asOf, folder, severities, sent, failed, skipped, seconds };
});
