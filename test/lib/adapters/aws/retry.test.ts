import { describe, expect, it } from 'vitest';
import { backoffMs, isRetryable, sendWithRetry } from '#lib/adapters/aws/retry';

describe('sendWithRetry', () => {
  it('retries 5xx errors and gives up after the last attempt', async () => {
    // Prepare
    const error = Object.assign(new Error('boom'), {
      $metadata: { httpStatusCode: 503 },
    });
    const slept: number[] = [];
    let calls = 0;
    // Act
    const act = sendWithRetry(
      async () => {
        calls++;
        throw error;
      },
      {
        attempts: 3,
        baseMs: 100,
        sleep: async (ms) => {
          slept.push(ms);
        },
        random: () => 1,
      },
    );
    // Assess
    await expect(act).rejects.toBe(error);
    expect(calls).toBe(3);
    expect(slept).toEqual([100, 200]);
  });

  it('does not retry a client error', async () => {
    // Prepare
    let calls = 0;
    // Act
    const act = sendWithRetry(async () => {
      calls++;
      throw Object.assign(new Error('no'), {
        name: 'ValidationException',
        $fault: 'client',
      });
    });
    // Assess
    await expect(act).rejects.toThrow('no');
    expect(calls).toBe(1);
  });
});

describe('backoffMs', () => {
  it('doubles up to the cap with half the delay jittered', () => {
    // Act
    const low = [0, 1, 2, 10].map((n) => backoffMs(n, 100, 1000, () => 0));
    const high = [0, 1, 2, 10].map((n) => backoffMs(n, 100, 1000, () => 1));
    // Assess
    expect(low).toEqual([50, 100, 200, 500]);
    expect(high).toEqual([100, 200, 400, 1000]);
    expect(isRetryable({ name: 'ThrottlingException' })).toBe(true);
  });
});
