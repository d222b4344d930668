import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '#lib/report/render-report';
import type { ReportFile } from '#lib/report/report-input';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { htmlText } from '../../helpers/html-text.ts';
import { tableCells } from './render-report-fixture.ts';

/** Initech's one bundle at watch: nothing to order, its worst severity watch. */
let files: ReportFile[];
beforeAll(async () => {
  const input = fixtureInput();
  files = await renderReport({
    ...input,
    evaluations: EVALUATIONS.map((e) =>
      e.key === 'Initech/AMS1/cache' ? { ...e, severity: 'watch' } : e,
    ),
    isps: input.isps.map((s) =>
      s.isp === 'Initech'
        ? { ...s, groupsAtRisk: 0, worstSeverity: 'watch' }
        : s,
    ),
  });
});
const page = (path: string) => files.find((f) => f.path === path)!.body;

describe('renderReport: an ISP with groups to watch and none to order', () => {
  it('names the overview\'s count "Groups to order" and says beside it what it and the worst severity count', () => {
    // Prepare
    const html = page('index.html');

    // Act
    const table = html.split('id="isp-table"')[1]!.split('</table>')[0]!;
    const caption = htmlText(table.match(/<caption>(.*?)<\/caption>/)![1]!);
    const headers = [...table.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/g)]
      .map((m) => htmlText(m[1]!))
      .slice(-2);
    const initech = tableCells(html, 'isp-table').find(
      (r) => r[0] === 'Initech',
    )!;

    // Assess: '0 at risk' beside 'worst: watch' read as a contradiction;
    // the cards' words say why it is not one
    expect(headers).toEqual(['Groups to order', 'Worst']);
    expect(initech.slice(-2)).toEqual(['0', 'watch']);
    expect(caption).toBe(
      'Growth interval at the 80% decision level; headroom = 1 − demand / ' +
        'capacity. Groups to order: those at critical (order now) or ' +
        'warning (order soon); the worst severity is of all its groups, ' +
        'watch (nothing to order yet) included.',
    );
  });

  it('says on the ISP page what its count of groups to order and its worst severity count', () => {
    // Prepare
    const html = page('isp/initech.html');

    // Act
    const facts = htmlText(
      html
        .split('<h2 id="total">')[1]!
        .match(/<dl class="facts">.*?<\/dl>/)![0]!,
    );

    // Assess
    expect(facts).toContain(
      'Groups to order0at critical (order now) or warning (order soon)' +
        'Worst severitywatchof all its groups, watch (nothing to order yet) included',
    );
    expect(facts).not.toContain('at risk');
  });
});
