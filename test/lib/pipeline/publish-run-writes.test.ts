import { describe, expect, it } from 'vitest';
import { usePublishedRun } from '../../helpers/published-run.ts';
import { SCALE_AS_OF } from '../../helpers/scale-run.ts';

const publishedBytes = usePublishedRun();

describe('publishRun', () => {
  it("publishes the shards' ISP pages without reading them: copied whole, listed in the manifest with the shards' digests", async () => {
    // Act
    const run = await publishedBytes(90);

    // Assess
    expect(run.shardPages).toBeGreaterThan(0);
    expect(run.pages).toBe(0);
    expect(run.published).toEqual(
      Array(run.shardPages).fill({ same: true, listed: true }),
    );
  });

  it('streams the overview into the store in pieces, as the data files', async () => {
    // Act
    const { streamed } = await publishedBytes(90);

    // Assess: never put whole (18 MB at 10,000 links).
    const folder = `reports/${SCALE_AS_OF}`;
    expect(streamed).toContain(`${folder}/index.html`);
    expect(streamed).toContain(`${folder}/forecasts.csv`);
  });
});
