/**
 * The part of the page's script (lib/report/page-script.ts, inside its
 * function) under a long table: the note saying how many rows it shows,
 * the "N shown" count beside its filter, and the "Show 200 more" and
 * "Show all" buttons, which the script enables. With every row shown in
 * a window (lib/report/table-window-script.ts) the note stays, saying
 * what printing and find in page see (docs/architecture.md "Long
 * tables").
 */
export const TABLE_MORE_SCRIPT = `
  function count(v, matching) {
    var id = v.table.id, shown = v.shown.length;
    var input = document.querySelector('input[data-filter="' + id + '"]');
    var tools = input && input.closest('.tools');
    var out = tools && tools.querySelector('output');
    if (out) out.textContent = (shown < matching ? shown + ' of ' : '') + matching + ' shown';
    var more = document.querySelector('[data-more="' + id + '"]');
    if (!more) return;
    /* Windowed, the note stays: what the page holds of the rows. */
    more.hidden = shown >= matching && !v.windowed;
    more.querySelector('span').textContent = shown < matching
      ? 'The first ' + shown + ' of ' + matching + ' rows'
      : 'All ' + matching + ' rows, drawn as you scroll: printing and find in page see only the rows near the view, the filter box sees every row';
    more.querySelectorAll('button').forEach(function (b) { b.hidden = shown >= matching; });
    more.querySelector('[data-show=all]').textContent = 'Show all ' + matching;
  }
  document.querySelectorAll('[data-more]').forEach(function (more) {
    var table = document.getElementById(more.getAttribute('data-more'));
    more.querySelectorAll('button[data-show]').forEach(function (button) {
      button.disabled = false;
      button.addEventListener('click', function () {
        var v = view(table), step = button.getAttribute('data-show');
        var first = v.shown ? v.shown.length : table.tBodies[0].rows.length;
        v.limit = step === 'all' ? Infinity : v.limit + Number(step);
        render(v);
        /* All shown, the buttons hide: focus goes to the first row added,
           its link, or its first cell (a series without a page has none). */
        var tr = button.hidden && v.shown[first] && v.shown[first].node;
        var to = tr && (tr.querySelector('a') || tr.cells[0]);
        if (!to) return;
        if (to.tagName !== 'A') to.tabIndex = -1;
        refocus(v, first, to);
      });
    });
  });
`;
