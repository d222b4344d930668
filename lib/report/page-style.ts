/**
 * The report's one stylesheet, inlined in every page (no external CSS).
 * Dark text on white, severity shown by word and border as well as colour,
 * so a printout in greyscale still reads. Printed, a cell's second line
 * (`.sub`) takes the table's size: at its screen size it printed larger
 * than the figure it qualifies; and a `.sub` that is `.nowrap` (a date)
 * stays whole on paper and on a phone, where the others wrap. The top
 * navigation's links wrap between each other, each whole: joined with no
 * space, a phone split them where `overflow-wrap:anywhere` let it
 * ("augments." above "csv"). On a phone a chart's plot keeps at least
 * 660 px, its 10 px labels at 8 px or more, and scrolls sideways in its
 * own box (`.plot`), which opens on its right end, today and the
 * forecast (`direction:rtl` on the box, not on the chart), where the
 * chart repeats its y axis (`chart-spec.ts`): shrunk to the
 * screen, the labels were 4 px high. The accuracy chart's scatter keeps
 * 560 px and opens on its left, its axis. A card's label floats in its
 * cell's left padding, and the cell (a `flow-root`) grows to hold it: a
 * label on two lines ('Total demand (p95)', 'Actual above upper bound'),
 * placed absolutely, ran over the next cell's. Under 1280 px a header
 * and a date cell's second line (`ordered today: in service …`, not the
 * red `OVERDUE 93 d`) wrap between words, so that both overview tables
 * fit a 1024 px window (they scrolled sideways, the ISPs' worst
 * severity off the screen); the sort arrow stays with its last word. A
 * table that still scrolls keeps its caption within its box, where the
 * caption, as wide as the table, ran off the screen mid-sentence. On a
 * card a word longer than its line breaks ('Comunicaciones/MAD1/cache'
 * ran off a 320 px screen); in a table it does not, so that a column is
 * never squeezed to a letter's width.
 * Printed, a header's "↕" (sortable, a button on paper) goes; the arrow
 * of the column the table is sorted by stays; a severity badge in a table
 * takes the table's size, as `.sub` does: at its screen size (12 px) it
 * stood a third taller than the 9 px rows around it.
 */
export const PAGE_STYLE = `
:root{--ink:#1a1a1a;--muted:#555;--line:#d0d4d9;--head:#f3f5f8;--link:#0b4f9c}
*{box-sizing:border-box}

body{margin:0;overflow-wrap:anywhere;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:#fff}
header.top{background:#14284b;color:#fff;padding:14px 24px}
header.top a{color:#fff}
header.top h1{margin:0;font-size:22px}
header.top p{margin:4px 0 0;color:#dde4f0;font-size:13px}
nav.links{margin-top:8px;font-size:13px;display:flex;flex-wrap:wrap;column-gap:14px}
nav.links a{white-space:nowrap}
main{padding:8px 24px 32px}
h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:22px 0 4px}
a{color:var(--link)}
.banner{background:#fff4d6;border:2px solid #8a5a00;color:#4a3000;padding:8px 12px;margin:12px 0;font-weight:600}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}
.card{border:1px solid var(--line);border-left-width:6px;padding:8px 14px;min-width:130px}
.card strong{display:block;font-size:26px}
.card.critical{border-left-color:#b00020}.card.warning{border-left-color:#b35c00}
.card.watch{border-left-color:#1f4e8c}.card.ok{border-left-color:#1e6b34}
.sev{display:inline-block;padding:0 6px;border:1px solid;border-radius:3px;font-size:12px;font-weight:600;text-transform:uppercase;white-space:nowrap}
.sev.critical{color:#8c0019;background:#fde7ea}.sev.warning{color:#7a4100;background:#fff1dc}
.sev.watch{color:#1f4e8c;background:#e6eefa}.sev.ok{color:#1e6b34;background:#e5f4ea}
.tools{margin:6px 0}
.tools input{font:inherit;padding:4px 8px;border:1px solid #888;border-radius:3px;width:18em}
.tools output{margin-left:8px;color:var(--muted);font-size:13px}
.more{color:var(--muted);font-size:13px;margin:6px 0}
.more button{font:inherit;margin-left:6px;padding:2px 10px;border:1px solid #888;border-radius:3px;background:var(--head);color:var(--ink);cursor:pointer}
.more button:focus-visible{outline:3px solid #f5a300;outline-offset:2px}
.scroll{overflow-x:auto;container-type:inline-size}
table tr.spacer td{padding:0;border:0}
table{border-collapse:collapse;width:100%;font-size:13px}
caption{text-align:left;color:var(--muted);padding:4px 0}
.scroll caption{max-width:100cqw}
th,td{border-bottom:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}
thead th{background:var(--head);white-space:nowrap}
th button{all:unset;cursor:pointer}
th button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #f5a300;outline-offset:2px}
.counts{display:flex;flex-wrap:wrap;gap:6px 18px;list-style:none;padding:0;margin:6px 0}
.card small{display:block;color:var(--muted);font-size:12px}
th button::after{content:"\\a0↕";color:#999}
th[aria-sort=ascending] button::after{content:"\\a0▲";color:var(--ink)}
th[aria-sort=descending] button::after{content:"\\a0▼";color:var(--ink)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.date,.nowrap{white-space:nowrap;font-variant-numeric:tabular-nums}
.sub{color:var(--muted);font-size:12px;display:block}
td.num .sub{white-space:nowrap}
.bad{color:#8c0019;font-weight:600}
figure{margin:8px 0 20px}
section.group{border-top:1px solid var(--line);margin-top:18px}
figure svg{width:100%;max-width:1100px;height:auto;display:block}
.accuracy-chart svg{max-width:640px}
figcaption{color:var(--muted);font-size:12px}
.legend{display:flex;flex-wrap:wrap;gap:14px;font-size:12px;color:var(--muted);margin:8px 0}
.legend svg{vertical-align:middle;margin-right:4px}
p.need{margin:4px 0 6px;max-width:75em}
ul.notes{margin:4px 0 8px;padding-left:1.2em;color:var(--muted);font-size:13px;max-width:75em}
.overdue{border-left:4px solid #b00020;background:#fdf0f2;padding:4px 12px;margin:6px 0;max-width:75em}.overdue p,.overdue ul{margin:4px 0}
dl.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:6px 18px;margin:8px 0;max-width:1100px}
dl.facts dt{color:var(--muted);font-size:12px}dl.facts dd{margin:0;font-weight:600}dl.facts dd .sub{font-weight:400}
dl.facts summary{cursor:pointer}dl.facts details code{overflow-wrap:anywhere}
details.changes>summary{cursor:pointer;margin:0 0 8px;color:var(--link)}
footer{color:var(--muted);font-size:12px;padding:12px 24px;border-top:1px solid var(--line)}
table.stack th,table.stack td{overflow-wrap:normal}
@media (max-width:1279px){thead th,thead th.num,td.date .sub:not(.nowrap):not(.bad){white-space:normal}}
@media (max-width:720px){main{padding:8px 10px 24px}header.top{padding:12px}
.scroll{overflow:visible}table.stack,table.stack tbody,table.stack tr{display:block;width:100%}
table.stack thead{display:block}table.stack thead tr{display:flex;flex-wrap:wrap;align-items:center;gap:4px 6px;border:0;padding:0}
table.stack thead tr::before{content:"Sort by";color:var(--muted)}table.stack thead th{display:block;min-height:0;padding:4px 8px;border:1px solid var(--line);border-radius:3px}
table.stack caption{display:block}
table.stack tr{border:1px solid var(--line);border-radius:4px;margin:0 0 10px;padding:4px 8px}
table.stack th,table.stack td{display:flow-root;position:relative;border:0;padding:3px 0 3px 9em;text-align:left;white-space:normal;min-height:1.6em;overflow-wrap:anywhere}
table.stack td::before,table.stack tbody th::before{content:attr(data-label);float:left;margin-left:-9em;width:8.5em;color:var(--muted);font-weight:400}
.sub:not(.nowrap){white-space:normal}
.tools input{width:100%}
table.stack tr.spacer{border:0;margin:0;padding:0}table.stack tr.spacer td{min-height:0}
.plot{overflow-x:auto;direction:rtl}.plot svg{direction:ltr;min-width:660px}
.accuracy-chart .plot{direction:ltr}.accuracy-chart .plot svg{min-width:560px}}
@page{size:A4 landscape;margin:10mm}
@media print{header.top{background:#fff;color:#000;border-bottom:2px solid #000}
header.top p,header.top a{color:#000}.tools,nav.links,.more button{display:none}
th:not([aria-sort]) button::after{content:none}
section.group,figure,tr{break-inside:avoid}tr.spacer{display:none}
.scroll{overflow:visible}table{font-size:9px;table-layout:auto}
th,td{padding:2px 4px}.sub:not(.nowrap){white-space:normal}table .sub,table .sev{font-size:inherit}table .sev{padding:0 3px}
a{color:#000;text-decoration:none}
details.changes>summary{display:none}details.changes::details-content{content-visibility:visible;display:block}}
`;
