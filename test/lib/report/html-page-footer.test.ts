import { describe, expect, it } from 'vitest';
import { renderPage } from '#lib/report/html-page';
import { fixtureInput } from '../../fixtures/report/report-input.ts';

describe("a page's footer", () => {
  it('keeps the run id and the generated instant each in one piece, as a search of the page finds them', () => {
    // Prepare
    const input = {
      ...fixtureInput(),
      runId: '2026-06-01T141535',
      generatedAt: '2026-12-07T14:15:35.120Z',
    };

    // Act
    const html = renderPage(input, {
      title: 'Acme',
      subtitle: '',
      root: '../',
      body: '',
    });

    // Assess: before, only the date was wrapped, cutting the run id in
    // two (`<span class="nowrap">2026-06-01</span>T141535`)
    const footer = /<footer>([\s\S]*?)<\/footer>/.exec(html)![1]!;
    expect(footer).toContain('<span class="nowrap">2026-06-01T141535</span>');
    expect(footer).toContain(
      '<span class="nowrap">2026-12-07T14:15:35.120Z</span>',
    );
  });
});
