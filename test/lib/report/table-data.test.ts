import { describe, expect, it } from 'vitest';
import { renderTable } from '#lib/report/html-table';
import { cellText, tableDataPieces } from '#lib/report/table-data';

const COLUMNS = [
  { header: 'Name', cell: (n: number) => `<a href="#${n}">n&amp;${n}</a>` },
  { header: 'Value', cell: (n: number) => String(n), sort: (n: number) => n },
];
const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('cellText', () => {
  it('reads a cell as textContent does: tags dropped, references decoded', () => {
    // Act
    const text = cellText(
      '76.0%<span class="sub">p95 &lt;1 &amp; &quot;x&quot; &#39;y&#39; &#x2014; &#8212;</span>',
    );
    // Assess
    expect(text).toBe('76.0%p95 <1 & "x" \'y\' — —');
  });
});

describe('tableDataPieces', () => {
  it('writes JSON that never closes its script early and parses to the rows', () => {
    // Prepare
    const row = {
      html: '<td>a</td><!-- b -->',
      text: 'a</script>',
      keys: ['1'],
    };
    // Act
    const text = [...tableDataPieces('t', [row, row], (r) => r)].join('');
    const inner = text.slice(text.indexOf('>') + 1, -'</script>'.length);
    // Assess
    expect(
      text.startsWith('<script type="application/json" id="t-rows">'),
    ).toBe(true);
    expect(inner).not.toMatch(/<\/|<!--/);
    expect(JSON.parse(inner)).toEqual([
      ['<td>a</td><!-- b -->', 'a</script>', '1'],
      ['<td>a</td><!-- b -->', 'a</script>', '1'],
    ]);
  });
});

describe('renderTable of a long table', () => {
  it('puts its first 200 rows in the table and every row in its data, with the count', () => {
    // Act
    const html = renderTable({
      id: 't',
      caption: 'c',
      columns: COLUMNS,
      rows: rows(450),
      filter: 'name',
      allIn: 'all.csv',
    });
    const data =
      /<script type="application\/json" id="t-rows">(.*)<\/script>/s.exec(
        html,
      )!;
    // Assess
    expect(html.split('<tr>').length - 1).toBe(1 + 200);
    expect(html).toContain(
      '<output aria-live="polite">200 of 450 shown</output>',
    );
    expect(html).toContain(
      '<span>The first 200 of 450 rows</span> (all in <a href="all.csv">all.csv</a>).',
    );
    expect(JSON.parse(data[1]!)).toHaveLength(450);
    expect(JSON.parse(data[1]!)[449]).toEqual([
      '<td data-label="Name"><a href="#449">n&amp;449</a></td><td data-v="449" data-label="Value">449</td>',
      'n&449449',
      'n&449',
      '449',
    ]);
  });

  it('writes a short table as before: every row, no data, no note', () => {
    // Act
    const html = renderTable({
      id: 't',
      caption: 'c',
      columns: COLUMNS,
      rows: rows(200),
      filter: 'name',
    });
    // Assess
    expect(html.split('<tr>').length - 1).toBe(1 + 200);
    expect(html).toContain('<output aria-live="polite">200 shown</output>');
    expect(html).not.toContain('t-rows');
    expect(html).not.toContain('data-more');
  });
});
