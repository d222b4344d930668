import { describe, expect, it } from 'vitest';
import { renderPage } from '#lib/report/html-page';
import { fixtureInput } from '../../fixtures/report/report-input.ts';
import { htmlText } from '../../helpers/html-text.ts';

describe('renderPage', () => {
  it("separates the navigation's links in the page's text, not only on screen", () => {
    // Prepare
    const input = fixtureInput();

    // Act
    const html = renderPage(input, {
      title: 'Acme',
      subtitle: '',
      root: '../',
      body: '',
    });

    // Assess: before, the text read "OverviewForecast accuracygroups.csv…"
    const nav = /<nav[^>]*>([\s\S]*?)<\/nav>/.exec(html)![1]!;
    expect(htmlText(nav)).toBe(
      'Overview Forecast accuracy groups.csv isps.csv links.csv ' +
        'augments.csv alerts.json data-quality.json',
    );
  });
});
