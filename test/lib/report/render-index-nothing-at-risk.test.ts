import { describe, expect, it } from 'vitest';
import { renderIndex } from '#lib/report/render-index';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';

describe('the overview of a fleet with nothing at risk', () => {
  it('says no group is to order or watch, where it drew an empty table', () => {
    // Prepare: every group ok, the ISPs as the fixture has them
    const input = fixtureInput({
      evaluations: EVALUATIONS.map((e) => ({
        ...e,
        severity: 'ok' as const,
      })),
    });

    // Act
    const html = renderIndex(input);

    // Assess
    expect(html).toContain(
      '<h2 id="action">Groups to order or watch (0)</h2>\n' +
        '<p>None: no group crosses a threshold within the horizon.</p>',
    );
    expect(html).not.toContain('id="action-table"');
    expect(html).toContain('id="isp-table"');
  });
});
