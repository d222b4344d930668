/**
 * The part of the page's script (lib/report/page-script.ts, inside its
 * function) that draws a long list of rows a window at a time: with more
 * than `WINDOW_FROM` rows to show, the `<tbody>` holds the rows in and
 * near the viewport between two spacer rows as high as the rows they
 * stand for (each row's height once drawn, else the mean of the rows
 * shown before), and scrolling moves the window. Rows are made by the page
 * script's `build`, from the same data. The row that holds focus stays
 * drawn in its place, a third spacer between it and the window, and Tab
 * from it brings the window back to it first; after a sort or a filter
 * (`refocus`) it is drawn again, focused and scrolled into view. The table's `aria-rowcount`
 * and each row's `aria-rowindex` tell a screen reader where it is
 * (docs/architecture.md "Long tables").
 */
export const TABLE_WINDOW_SCRIPT = `
  var WINDOW_FROM = 1000, OVERSCAN = 40;
  function spacer(v) {
    var tr = document.createElement('tr'), td = document.createElement('td');
    tr.className = 'spacer';
    tr.setAttribute('aria-hidden', 'true');
    td.colSpan = v.table.tHead.rows[0].cells.length;
    tr.appendChild(td);
    return tr;
  }
  function height(v, r) { return r.h || v.guess; }
  function topOf(tr) { return tr.getBoundingClientRect().top; }
  function heights(nodes, end) { /* each row's top to the next's */
    return nodes.map(function (tr) {
      var next = tr.nextElementSibling;
      return Math.max(1, (next ? topOf(next) : end) - topOf(tr));
    });
  }
  function guess(v, nodes, end) { /* the drawn rows measured; their mean */
    var h = heights(nodes, end), of = new Map();
    nodes.forEach(function (tr, k) { of.set(tr, h[k]); });
    v.rows.forEach(function (r) { r.h = of.get(r.node) || 0; });
    return h.length ? h.reduce(function (a, b) { return a + b; }) / h.length : 40;
  }
  function sum(v, from, to) {
    for (var y = 0, i = from; i < to; i += 1) y += height(v, v.shown[i]);
    return y;
  }
  function held(v) { /* the index of the row holding focus, or -1 */
    var tr = focusRow(v);
    var i = tr ? Number(tr.getAttribute('aria-rowindex')) - 2 : -1;
    return v.shown[i] && v.shown[i].node === tr ? i : -1;
  }
  function place(v) { /* the rows in and near the viewport */
    var body = v.table.tBodies[0], n = v.shown.length, k = 0, y = 0;
    var above = Math.max(0, -body.getBoundingClientRect().top);
    for (; k < n && y + height(v, v.shown[k]) <= above; k += 1) y += height(v, v.shown[k]);
    var from = Math.max(0, k - OVERSCAN), to = k, below = y - above;
    for (; to < n && below < innerHeight; to += 1) below += height(v, v.shown[to]);
    to = Math.min(n, to + OVERSCAN);
    var rows = v.shown.slice(from, to), before = sum(v, from, k);
    build(rows);
    var nodes = rows.map(function (r, j) {
      r.node.setAttribute('aria-rowindex', from + j + 2);
      return r.node;
    });
    /* The focused row stays where it is, lest focus fall to the page:
       never moved, with the gap spacer between it and the window. */
    var f = held(v), first = from, last = to;
    if (f >= 0 && f < from) { nodes.unshift(v.shown[f].node, v.gap); first = f; }
    if (f >= to) { nodes.push(v.gap, v.shown[f].node); last = f + 1; }
    var keep = new Set(nodes); /* the gap goes too: the row may cross it */
    keep.delete(v.gap);
    Array.prototype.slice.call(body.rows, 1, -1).forEach(function (tr) {
      if (!keep.has(tr)) body.removeChild(tr);
    });
    var at = v.top.nextSibling;
    nodes.forEach(function (tr) {
      if (tr === at) at = at.nextSibling; else body.insertBefore(tr, at);
    });
    v.top.firstChild.style.height = sum(v, 0, first) + 'px';
    v.gap.firstChild.style.height = (f < from ? sum(v, f + 1, from) : sum(v, to, f)) + 'px';
    v.bottom.firstChild.style.height = sum(v, last, n) + 'px';
    var h = heights(rows.map(function (r) { return r.node; }));
    rows.forEach(function (r, j) { r.h = h[j]; });
    /* The rows above the viewport now as high as drawn: the view stays. */
    var moved = sum(v, from, k) - before;
    if (Math.abs(moved) >= 1) scrollBy(0, moved);
  }
  function windowed(v) { /* rows in a window from now on */
    var body = v.table.tBodies[0];
    if (!v.top) { v.top = spacer(v); v.gap = spacer(v); v.bottom = spacer(v); }
    /* Rows not yet drawn are guessed as high as those shown so far. */
    if (!v.windowed) v.guess = guess(v, Array.prototype.slice.call(body.rows), body.getBoundingClientRect().bottom);
    v.windowed = true;
    document.documentElement.style.overflowAnchor = 'none';
    body.textContent = '';
    body.appendChild(v.top);
    body.appendChild(v.bottom);
    /* As high as the rows at once: a shorter page would scroll up. */
    v.top.firstChild.style.height = '0px';
    v.bottom.firstChild.style.height = sum(v, 0, v.shown.length) + 'px';
    v.table.setAttribute('aria-rowcount', v.shown.length + 1);
    v.table.tHead.rows[0].setAttribute('aria-rowindex', 1);
    place(v);
  }
  function whole(v) { /* every row shown in the DOM */
    v.windowed = false;
    v.table.removeAttribute('aria-rowcount');
    v.table.tHead.rows[0].removeAttribute('aria-rowindex');
    if (!Object.keys(views).some(function (id) { return views[id].windowed; }))
      document.documentElement.style.overflowAnchor = '';
    v.shown.forEach(function (r) {
      if (r.node) r.node.removeAttribute('aria-rowindex');
    });
  }
  function each(f) {
    Object.keys(views).forEach(function (id) { if (views[id].windowed) f(views[id]); });
  }
  addEventListener('scroll', function () { each(place); }, { passive: true });
  addEventListener('resize', function () {
    each(function (v) { /* heights change with the width */
      var drawn = Array.prototype.slice.call(v.table.tBodies[0].rows, 1, -1);
      v.guess = guess(v, drawn.filter(function (tr) { return tr !== v.gap; }));
      place(v);
    });
  });
  function reveal(v, r) { /* row r scrolled into view, drawn around */
    r.node.scrollIntoView({ block: 'nearest' });
    if (v.windowed) place(v);
  }
  /* Tab from a row out of view (kept far from the window, or at its
     edge): the window comes to it first, so that the rows beside it are
     there to move to. */
  addEventListener('keydown', function (e) {
    if (e.key !== 'Tab') return;
    each(function (v) {
      var f = held(v);
      if (f >= 0) reveal(v, v.shown[f]);
    });
  });
  /* After a redraw, focus goes back to element a of the row shown f-th;
     a row the window left out is put back first, and place keeps it. */
  function refocus(v, f, a) {
    var tr = v.shown[f].node;
    if (v.windowed && !tr.isConnected) {
      tr.setAttribute('aria-rowindex', f + 2);
      v.top.after(tr);
    }
    a.focus({ preventScroll: true });
    if (v.windowed) place(v);
    reveal(v, v.shown[f]);
  }
`;
