import { FOLD_PRINT_SCRIPT } from './fold-print-script.ts';
import { TABLE_MORE_SCRIPT } from './table-more-script.ts';
import { TABLE_WINDOW_SCRIPT } from './table-window-script.ts';

/**
 * The report's one script, inlined in every page: sortable columns
 * (`th > button`, cells may carry a `data-v` sort value; rows with a blank
 * value stay last in either direction), a text filter per
 * table (`input[data-filter=<table id>]`; every word must match, so
 * "fra1 pni" finds FRA1's PNI bundles) with a live "N shown" count, and
 * both kept in the page's URL (`?<table>-sort=<column>.<asc|desc>` and
 * `?<table>-q=<words>`), so a link or a reload keeps the view. Text sorts
 * in the order the pages list names in (`compareNames`). A sort or
 * a filter keeps focus on the row (or the link in it) that held it. No
 * libraries, no network.
 *
 * A long table sorts and filters its data (`<script id=<table>-rows>`)
 * and shows the first rows that match (docs/architecture.md "Long
 * tables"); a short one its rows read from the DOM, the same way.
 */
export const PAGE_SCRIPT = `
(function () {
  var params = new URLSearchParams(location.search);
  function remember(name, value) {
    if (value) params.set(name, value); else params.delete(name);
    var q = params.toString();
    try {
      history.replaceState(null, '', location.pathname + (q ? '?' + q : '') + location.hash);
    } catch (e) { /* a browser that refuses keeps the view without the URL */ }
  }
  var views = {};
  /* Text sorts as the pages list it (compareNames, lib/domain/name-order.ts):
     "link-2" before "link-10", "Ärzte" beside "arzte". */
  var names = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });
  function view(table) {
    if (views[table.id]) return views[table.id];
    var shown = Array.prototype.slice.call(table.tBodies[0].rows);
    var data = document.getElementById(table.id + '-rows');
    var rows = data
      ? JSON.parse(data.textContent).map(function (d, i) {
          return { node: shown[i], html: d[0], text: d[1].toLowerCase(), keys: d.slice(2) };
        })
      : shown.map(function (tr) { return { node: tr }; });
    if (data) data.textContent = ''; /* parsed: 26 MB at 10,000 links */
    views[table.id] = { table: table, rows: rows, words: [], limit: data ? shown.length : Infinity };
    return views[table.id];
  }
  function key(row, i) {
    if (row.keys) return row.keys[i] === undefined ? '' : row.keys[i];
    var c = row.node.cells[i], v = c ? c.getAttribute('data-v') : '';
    return v === null ? c.textContent.trim().toLowerCase() : v;
  }
  function compare(a, b, up) {
    /* A blank (no order-by date, no critical date) goes last either way:
       reversing it too put every "—" row on top of a descending sort. */
    if (a.s === '' || b.s === '') return a.s === b.s ? 0 : a.s === '' ? 1 : -1;
    var r = !isNaN(a.n) && !isNaN(b.n) ? a.n - b.n : names.compare(a.s, b.s) || (a.s < b.s ? -1 : a.s > b.s ? 1 : 0);
    return up ? r : -r;
  }
  function matches(row, words) {
    if (row.text === undefined) row.text = row.node.textContent.toLowerCase();
    return words.every(function (w) { return row.text.indexOf(w) >= 0; });
  }
  function build(rows) { /* rows shown for the first time, in one go */
    var missing = rows.filter(function (r) { return !r.node; });
    if (missing.length === 0) return;
    var t = document.createElement('template');
    t.innerHTML = missing.map(function (r) { return '<tr>' + r.html + '</tr>'; }).join('');
    var made = Array.prototype.slice.call(t.content.children);
    missing.forEach(function (r, i) { r.node = made[i]; });
  }
  function focusRow(v) { /* the row (tr) holding focus, or null */
    var a = document.activeElement;
    return a && v.table.tBodies[0].contains(a) ? a.closest('tbody > tr') : null;
  }
  /* Focus in a row stays there, wherever a sort moves it (the rows up to
     it shown); from a row the filter hides, it goes to the control. */
  function render(v, control) {
    var tr = focusRow(v), a = document.activeElement;
    var all = v.rows.filter(function (r) { return matches(r, v.words); });
    var f = tr ? all.findIndex(function (r) { return r.node === tr; }) : -1;
    if (f >= v.limit) v.limit = f + 1;
    var shown = (v.shown = all.slice(0, v.limit));
    if (shown.length > WINDOW_FROM) windowed(v);
    else {
      whole(v);
      build(shown);
      var rows = document.createDocumentFragment();
      shown.forEach(function (r) { rows.appendChild(r.node); });
      var body = v.table.tBodies[0];
      body.textContent = '';
      body.appendChild(rows);
    }
    count(v, all.length);
    if (f >= 0) refocus(v, f, a);
    else if (tr && control) control.focus();
  }
${TABLE_WINDOW_SCRIPT}${TABLE_MORE_SCRIPT}${FOLD_PRINT_SCRIPT}  function sortBy(table, i, up) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
    heads[i].setAttribute('aria-sort', up ? 'ascending' : 'descending');
    var v = view(table);
    var keyed = v.rows.map(function (r) {
      var s = key(r, i);
      return { row: r, k: { s: s, n: Number(s) } };
    });
    keyed.sort(function (a, b) { return compare(a.k, b.k, up); });
    v.rows = keyed.map(function (x) { return x.row; });
    render(v, heads[i].querySelector('button'));
    remember(table.id + '-sort', i + '.' + (up ? 'asc' : 'desc'));
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, i) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        sortBy(table, i, th.getAttribute('aria-sort') !== 'ascending');
      });
    });
    var saved = /^(\\d+)\\.(asc|desc)$/.exec(params.get(table.id + '-sort') || '');
    if (saved && heads[Number(saved[1])]) {
      sortBy(table, Number(saved[1]), saved[2] === 'asc');
      /* A link to a sorted list folded away (the changes) opens it. */
      var folded = table.closest('details');
      if (folded) folded.open = true;
    }
  });
  /* Data read while the page is idle: the first sort does not wait. */
  var idle = window.requestIdleCallback || function (f) { setTimeout(f, 1); };
  document.querySelectorAll('[data-more]').forEach(function (more) {
    idle(function () { view(document.getElementById(more.getAttribute('data-more'))); });
  });
  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    var id = input.getAttribute('data-filter');
    var table = document.getElementById(id);
    function apply() {
      var v = view(table);
      v.words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
      render(v, input);
      remember(id + '-q', input.value.trim());
    }
    input.addEventListener('input', apply);
    var saved = params.get(id + '-q');
    if (saved) { input.value = saved; apply(); }
  });
})();
`;
