import { describe, expect, it } from 'vitest';
import { renderReport } from '#lib/report/render-report';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

describe('the headings of the bundles to order or watch', () => {
  it('says so under the heading of the bundles with no action needed, not nothing', async () => {
    // Act: Globex's one bundle is at warning
    const files = await renderReport(fixtureInput());
    const page = files.find((f) => /^isp\/globex[-.]/.test(f.path))!;

    // Assess
    expect(page.body).toContain(
      '<h2 id="others">Bundles with no action needed (0)</h2>\n' +
        '<p>None: every bundle of this ISP is to order or watch (above).</p>',
    );
  });

  it('heads the bundles at watch, which have nothing to order yet, as to watch, not as needing action', async () => {
    // Act: Acme's LHR1 at critical, its FRA2 at watch (order by 2027-08-17)
    const files = await renderReport(fixtureInput());
    const page = files.find((f) => /^isp\/acme-telecom[-.]/.test(f.path))!;
    const index = files.find((f) => f.path === 'index.html')!;

    // Assess: before, 'Bundles that need action (2)', and on the overview
    // 'Groups needing action (3)' under the card 'watch: nothing to order
    // yet'
    expect(page.body).toContain(
      '<h2 id="action">Bundles to order or watch (2)</h2>',
    );
    expect(index.body).toContain(
      '<h2 id="action">Groups to order or watch (3)</h2>',
    );
    expect(index.body).toContain('watch: nothing to order yet');
  });
});
