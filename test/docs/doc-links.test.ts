import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownHeadings } from '../helpers/markdown-headings.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CODE_FOLDERS = ['lib', 'infra', 'functions', 'bench', 'test'];

/** The heading titles of a Markdown file (`##` and `###` unless `all`). */
function headings(file: string, all = false): string[] {
  return markdownHeadings(join(ROOT, file))
    .filter(({ level }) => all || level === 2 || level === 3)
    .map(({ title }) => title);
}

/** GitHub's anchor of a heading: lower case, punctuation out, spaces to -. */
function anchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every .ts and .mjs file under the code folders, relative to the root. */
function codeFiles(): string[] {
  return CODE_FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|mjs)$/.test(name))
      .map((name) => join(folder, name)),
  );
}

/**
 * The section titles a file's comments and strings cite as
 * `<doc> "Title"` (also `<doc>, "Title"` and `<doc> ("Title")`), a title
 * possibly broken over two comment lines.
 */
function citedTitles(file: string, doc: RegExp): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(
    /\s*\n\s*(\*|\/\/)\s*/g,
    ' ',
  );
  const cited = new RegExp(`${doc.source},?\\s+\\(?"([^"]+)"`, 'g');
  return [...text.matchAll(cited)].map((match) => match[1]!);
}

/** Relative link targets of a Markdown file: `[text](target)`. */
function relativeLinks(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z]+:/.test(target));
}

describe.each([
  { doc: 'docs/architecture.md', cite: /docs\/architecture\.md/ },
  { doc: 'README.md', cite: /README(?:\.md)?/ },
])('code citing $doc "<Section>"', ({ doc, cite }) => {
  it('names a ## or ### section of it', () => {
    // Prepare
    const titles = new Set(headings(doc));

    // Act
    const cited = codeFiles().flatMap((file) =>
      citedTitles(file, cite).map((title) => ({ file, title })),
    );
    const unknown = cited
      .filter(({ title }) => !titles.has(title))
      .map(({ file, title }) => `${file}: "${title}"`);

    // Assess: the pattern still finds citations, and each names a section
    expect(cited.length).toBeGreaterThan(10);
    expect(unknown).toEqual([]);
  });
});

describe('links in the README and docs/', () => {
  it('name files that exist and anchors of their headings', () => {
    // Prepare
    const docs = readdirSync(join(ROOT, 'docs')).filter((name) =>
      name.endsWith('.md'),
    );
    const files = ['README.md', ...docs.map((name) => join('docs', name))];

    // Act
    const broken = files.flatMap((file) =>
      relativeLinks(file).filter((target) => {
        const [path, hash] = target.split('#');
        const linked = path ? join(dirname(file), path) : file;
        if (!existsSync(join(ROOT, linked))) return true;
        if (hash === undefined || !linked.endsWith('.md')) return false;
        return !headings(linked, true).map(anchor).includes(hash);
      }),
    );

    // Assess
    expect(broken).toEqual([]);
  });
});
