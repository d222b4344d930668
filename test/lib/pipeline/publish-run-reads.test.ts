import { describe, expect, it } from 'vitest';
import { usePublishedRun } from '../../helpers/published-run.ts';

const publishedBytes = usePublishedRun();

describe('publishRun', () => {
  it('reads no daily series, and no more with a longer history', async () => {
    // Prepare
    const windows = [90, 360];

    // Act
    const [short, long] = [
      await publishedBytes(windows[0]!),
      await publishedBytes(windows[1]!),
    ];

    // Assess: four times the history, the same summary rows (± digits).
    expect(short.bytes).toBeGreaterThan(0);
    expect(long.bytes / short.bytes).toBeLessThan(1.1);
  });
});
