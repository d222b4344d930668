import type { DataQualityReport, LinkQuality } from '#lib/domain/quality';
import type { DeferredFile, StreamedFile } from './deferred-file.ts';
import { dataFileRenderers, QUALITY_FILE } from './render-data-files.ts';
import type { ReportInput } from './report-input.ts';
import { jsonObjectPagePieces } from './text-pieces.ts';

/**
 * `dataFileRenderers`' files with `data-quality.json`'s per-link rows
 * taken from `rows` as they come, not from `input.dataQuality.byLink`
 * (which may then hold only the overview's top links): the same text as
 * from the report with every row in `byLink`, without the rows all held
 * (publish reads them from the run's parts a part at a time,
 * docs/architecture.md "Publish's memory").
 *
 * @param input - the report input
 * @param rows - every per-link row, in order, a page at a time
 * @returns the files, in `dataFileRenderers`' order
 * @example
 * const files = streamedDataFiles(input, () => readQualityRows(store, plan));
 */
export function streamedDataFiles(
  input: ReportInput,
  rows: () => AsyncIterable<readonly LinkQuality[]>,
): (DeferredFile | StreamedFile)[] {
  return dataFileRenderers(input).map((file) =>
    file.path === QUALITY_FILE
      ? streamedQualityFile(input.dataQuality, rows)
      : file,
  );
}

/** `data-quality.json`, its `byLink` from `rows`. */
function streamedQualityFile(
  quality: DataQualityReport,
  rows: () => AsyncIterable<readonly LinkQuality[]>,
): StreamedFile {
  return {
    path: QUALITY_FILE,
    pieces: async function* () {
      yield* jsonObjectPagePieces({ ...quality }, 'byLink', rows(), 1);
      yield '\n';
    },
    contentType: 'application/json',
  };
}
