/**
 * The report's one script, inlined in every page: sortable columns
 * (`th > button`, cells may carry a `data-v` sort value; rows with a blank
 * value stay last in either direction), a text filter per
 * table (`input[data-filter=<table id>]`; every word must match, so
 * "fra1 pni" finds FRA1's PNI bundles) with a live "N shown" count, and
 * both kept in the page's URL (`?<table>-sort=<column>.<asc|desc>` and
 * `?<table>-q=<words>`), so a link or a reload keeps the view. No
 * libraries, no network.
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
  function key(row, i) {
    var c = row.cells[i];
    if (!c) return '';
    var v = c.getAttribute('data-v');
    return v === null ? c.textContent.trim().toLowerCase() : v;
  }
  function compare(a, b, up) {
    /* A blank (no order-by date, no critical date) goes last either way:
       reversing it too put every "—" row on top of a descending sort. */
    if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
    var x = Number(a), y = Number(b);
    var r = !isNaN(x) && !isNaN(y) ? x - y : a < b ? -1 : a > b ? 1 : 0;
    return up ? r : -r;
  }
  function sortBy(table, i, up) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
    heads[i].setAttribute('aria-sort', up ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      return compare(key(a, i), key(b, i), up);
    });
    rows.forEach(function (r) { body.appendChild(r); });
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
    if (saved && heads[Number(saved[1])]) sortBy(table, Number(saved[1]), saved[2] === 'asc');
  });
  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    var id = input.getAttribute('data-filter');
    var table = document.getElementById(id);
    var tools = input.closest('.tools');
    var out = tools && tools.querySelector('output');
    function apply() {
      var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean), shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        var text = r.textContent.toLowerCase();
        var hit = words.every(function (w) { return text.indexOf(w) >= 0; });
        r.hidden = !hit;
        if (hit) shown += 1;
      });
      if (out) out.textContent = shown + ' shown';
      remember(id + '-q', input.value.trim());
    }
    input.addEventListener('input', apply);
    var saved = params.get(id + '-q');
    if (saved) { input.value = saved; apply(); }
  });
})();
`;
