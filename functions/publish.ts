import { z } from 'zod';
import { publishExclusive } from '#lib/pipeline/publish-exclusive';
import { lambdaStage } from '#lib/wiring/lambda-stage';

/** From the state machine, after every shard succeeded. */
const PublishEvent = z.strictObject({ runId: z.string().min(1) });

/**
 * Merges the shards' results, publishes the report set, switches latest
 * and notifies, holding the report store's run lock (another date's
 * execution may be publishing); returns the counts only (the rest is in
 * the report).
 */
export const handler = lambdaStage(
  PublishEvent,
  async (deps, input, remainingMs) => {
    const summary = await publishExclusive(deps, input, remainingMs());
    const { runId, asOf, folder, severities, notifications, seconds } = summary;
    const { sent, failed, skipped } = notifications;
    return { runId, asOf, folder, severities, sent, failed, skipped, seconds };
  },
);
