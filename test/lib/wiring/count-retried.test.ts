import { describe, expect, it } from 'vitest';
import { countRetried } from '#lib/wiring/count-retried';
import { metricLines } from '../../functions/metric-lines.ts';

class Retried extends Error {}

/** The metric lines of one error through `countRetried`. */
function throughCount(error: Error, invokedAtMs: number) {
  const handler = countRetried(
    'RollupsLakeBeingRead',
    (e) => e instanceof Retried,
    invokedAtMs,
  );
  return metricLines(async () => handler(error));
}

describe('countRetried', () => {
  it("stamps a stop thrown late in the invocation with the invocation's start, as Lambda stamps its Errors", async () => {
    // Prepare: a rollup that met a reader's hold 12 minutes in
    const at = Date.now() - 12 * 60_000;

    // Act
    const lines = await throughCount(new Retried('held'), at);

    // Assess: the count's 5-minute period is the Errors' one, so the
    // alarm's difference is 0, not +1 then −1
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      RollupsLakeBeingRead: 1,
      _aws: { Timestamp: at },
    });
  });

  it('counts nothing for an error the state machine does not retry, and rethrows it', async () => {
    // Prepare
    const failure = new Error('disk full');
    const handler = countRetried('RollupsLakeBeingRead', () => false, 0);

    // Act
    const lines = await metricLines(async () => handler(failure));

    // Assess
    expect(lines).toHaveLength(0);
    expect(() => handler(failure)).toThrow('disk full');
  });
});
