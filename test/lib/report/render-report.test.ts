import { describe, expect, it } from 'vitest';
import { body, files, useRenderedReport } from './render-report-fixture.ts';

useRenderedReport();

describe('renderReport', () => {
  it('writes the overview, one page per ISP, accuracy and the data files', () => {
    // Prepare / Act: rendered once in beforeAll
    // Assess
    expect(files.map((f) => f.path)).toEqual([
      'index.html',
      'isp/acme-telecom.html',
      'isp/globex.html',
      'isp/initech.html',
      'partners/acme-telecom.html',
      'partners/globex.html',
      'partners/initech.html',
      'accuracy.html',
      'forecasts.csv',
      'forecasts.json',
      'alerts.json',
      'data-quality.json',
      'steps.json',
      'groups.csv',
      'isps.csv',
      'links.csv',
      'augments.csv',
      'forecast-points/index.json',
      'forecast-points/part-0000.json',
    ]);
    expect(files[0]!.contentType).toBe('text/html; charset=utf-8');
  });
  it('draws every chart as an inline SVG with a title and no external resources', () => {
    // Prepare
    const page = body('isp/acme-telecom.html');
    // Act
    const svgs = page.match(/<svg role="img" aria-label="[^"]+"[^>]*><title>/g);
    // Assess
    expect(svgs).toHaveLength(3);
    expect(page).toContain('1 cleaned outlier shown as a cross.');
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      expect(f.body).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(f.body).not.toMatch(/@import|url\(/);
    }
  });

  it('links only to files and anchors it generates', () => {
    // Prepare
    const paths = new Set(files.map((f) => f.path));
    const resolved: string[] = [];
    // Act
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      const dir = f.path.includes('/') ? f.path.replace(/[^/]+$/, '') : '';
      for (const [, href] of f.body.matchAll(/href="([^"]+)"/g)) {
        const [file, anchor] = href!.split('#');
        const target =
          file === ''
            ? f.path
            : new URL(file!, `file:///r/${dir}`).pathname.slice(3);
        expect(paths.has(target), `${f.path} → ${href}`).toBe(true);
        if (anchor) expect(body(target)).toContain(`id="${anchor}"`);
        resolved.push(target);
      }
    }
    // Assess
    expect(resolved).toContain('isp/globex.html');
    expect(resolved).toContain('index.html');
  });

  it('meets accessibility basics: language, headings, header scopes, captions', () => {
    // Prepare / Act
    const html = files.filter((f) => f.path.endsWith('.html'));
    // Assess
    for (const f of html) {
      expect(f.body).toContain('<html lang="en">');
      expect(f.body.match(/<h1>/g)).toHaveLength(1);
      expect(f.body).not.toMatch(/<th(?!ead| scope=)/);
    }
    expect(body('index.html')).toMatch(/<caption>Ranked by order-by date/);
  });
});
