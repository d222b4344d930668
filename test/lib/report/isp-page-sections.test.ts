import { describe, expect, it } from 'vitest';
import { renderReport } from '#lib/report/render-report';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

describe('an ISP page whose every bundle needs action', () => {
  it('says so under the heading of the bundles with no action needed, not nothing', async () => {
    // Act: Globex's one bundle is at warning
    const files = await renderReport(fixtureInput());
    const page = files.find((f) => /^isp\/globex[-.]/.test(f.path))!;

    // Assess
    expect(page.body).toContain(
      '<h2 id="others">Bundles with no action needed (0)</h2>\n' +
        '<p>None: every bundle of this ISP needs action (above).</p>',
    );
  });
});
