/**
 * The part of the page's script (lib/report/page-script.ts, inside its
 * function) that opens a list folded away (the overview's changes,
 * `<details class="changes">`) for printing and folds it again after:
 * the print stylesheet opens it by `::details-content`, which a browser
 * before Chromium 131, Firefox 143 or Safari 18.4 does not know, and
 * there the printout lost the list, its summary hidden on paper, without
 * a word (docs/architecture.md "Reports and charts").
 */
export const FOLD_PRINT_SCRIPT = `
  var printOpened = [];
  addEventListener('beforeprint', function () {
    document.querySelectorAll('details.changes:not([open])').forEach(function (d) {
      d.open = true;
      printOpened.push(d);
    });
  });
  addEventListener('afterprint', function () {
    printOpened.splice(0).forEach(function (d) { d.open = false; });
  });
`;
