import { GetQueryExecutionCommand } from '@aws-sdk/client-athena';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { QueryError } from '#lib/query-error';
import {
  athenaMock,
  body,
  engine,
  resetMocks,
  s3Mock,
  state,
} from './athena-query-engine-fixture.ts';

beforeEach(resetMocks);

/** A result CSV of `rows` rows in chunks of 100, counting the chunks read. */
function resultCsv(rows: number) {
  const read = { chunks: 0 };
  function* csv() {
    yield '"key","samples"\n';
    for (let i = 0; i < rows; i += 100) {
      read.chunks += 1;
      let chunk = '';
      for (let j = i; j < Math.min(rows, i + 100); j++) {
        chunk += `"l${j}","${j}"\n`;
      }
      yield chunk;
    }
  }
  return { csv: csv(), read };
}

describe('AthenaQueryEngine.queryPages', () => {
  it('yields the rows of the output object a page at a time, typed as query types them', async () => {
    // Prepare
    athenaMock.on(GetQueryExecutionCommand).resolves(state('SUCCEEDED'));
    s3Mock.on(GetObjectCommand).resolves({ Body: body(resultCsv(2_500).csv) });

    // Act
    const pages = [];
    for await (const page of engine().engine.queryPages('SELECT 1', 1_000)) {
      pages.push(page);
    }

    // Assess
    expect(pages.map((p) => p.length)).toEqual([1_000, 1_000, 500]);
    expect(pages[2]![499]).toEqual({ key: 'l2499', samples: 2_499 });
  });

  it('stops reading the output object when the caller stops', async () => {
    // Prepare
    athenaMock.on(GetQueryExecutionCommand).resolves(state('SUCCEEDED'));
    const { csv, read } = resultCsv(100_000);
    s3Mock.on(GetObjectCommand).resolves({ Body: body(csv) });

    // Act
    for await (const page of engine().engine.queryPages('SELECT 1', 1_000)) {
      expect(page).toHaveLength(1_000);
      break;
    }

    // Assess: a few of the thousand chunks were read, not the file
    expect(read.chunks).toBeLessThan(100);
  });

  it('throws a QueryError naming the statement when the object cannot be read', async () => {
    // Prepare
    athenaMock.on(GetQueryExecutionCommand).resolves(state('SUCCEEDED'));
    s3Mock.on(GetObjectCommand).rejects(new Error('socket hang up'));

    // Act
    const pages = engine().engine.queryPages('SELECT key FROM t', 10);
    const first = pages[Symbol.asyncIterator]().next();

    // Assess
    await expect(first).rejects.toThrow(QueryError);
    await expect(first).rejects.toThrow(
      'Athena failed on "SELECT key FROM t": socket hang up',
    );
  });

  it('throws a QueryError naming the statement when the download fails midway, after the rows it had', async () => {
    // Prepare: the object's stream breaks after 1,500 rows
    athenaMock.on(GetQueryExecutionCommand).resolves(state('SUCCEEDED'));
    function* broken() {
      yield* resultCsv(1_500).csv;
      throw new Error('ECONNRESET');
    }
    s3Mock.on(GetObjectCommand).resolves({ Body: body(broken()) });

    // Act
    const sizes: number[] = [];
    const read = (async () => {
      const pages = engine().engine.queryPages('SELECT key FROM t', 1_000);
      for await (const page of pages) sizes.push(page.length);
    })();

    // Assess: the whole first page, then the failure, never a short page
    await expect(read).rejects.toThrow(QueryError);
    await expect(read).rejects.toThrow(
      'Athena failed on "SELECT key FROM t": ECONNRESET',
    );
    expect(sizes).toEqual([1_000]);
  });

  it('reads quoted commas, line breaks and quotes split across chunks and pages, NULL apart from the empty string', async () => {
    // Prepare
    athenaMock.on(GetQueryExecutionCommand).resolves(state('SUCCEEDED'));
    s3Mock.on(GetObjectCommand).resolves({
      Body: body([
        '"key","samples"\n"a,',
        ' b","1"\n"line\nbreak","2"\n"say ""hi',
        '""",\n"","0"\n',
      ]),
    });

    // Act
    const pages = [];
    for await (const page of engine().engine.queryPages('SELECT 1', 2)) {
      pages.push(page);
    }

    // Assess
    expect(pages).toEqual([
      [
        { key: 'a, b', samples: 1 },
        { key: 'line\nbreak', samples: 2 },
      ],
      [
        { key: 'say "hi"', samples: null },
        { key: '', samples: 0 },
      ],
    ]);
  });

  it('yields no page for a result of no rows (its header alone)', async () => {
    // Prepare
    athenaMock.on(GetQueryExecutionCommand).resolves(state('SUCCEEDED'));
    s3Mock.on(GetObjectCommand).resolves({ Body: body(['"key","samples"\n']) });

    // Act
    const pages = [];
    for await (const page of engine().engine.queryPages('SELECT 1', 10)) {
      pages.push(page);
    }

    // Assess
    expect(pages).toEqual([]);
  });
});
