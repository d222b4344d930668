import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig, thresholdsFor } from '#lib/config';

describe('parseConfig', () => {
  it('fills every default from an empty object', () => {
    // Act
    const config = parseConfig('{}', 'c.json');

    // Assess
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(config.horizonDays).toBe(365);
    expect(config.leadTimeDays.cache).toBe(120);
    expect(config.notify).toMatchObject({ by: 'isp', renotifyDays: 7 });
  });

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    // Prepare: what readFile(path, 'utf8') returns for a file saved "UTF-8 with BOM"
    const text = '\uFEFF{"horizonDays": 180}';

    // Act
    const config = parseConfig(text, 'c.json');

    // Assess
    expect(config).toEqual({ ...DEFAULT_CONFIG, horizonDays: 180 });
  });

  it('overrides link-type thresholds field by field', () => {
    // Prepare
    const text = '{"thresholds": {"ix": {"critical": 0.9}}}';

    // Act
    const config = parseConfig(text, 'c.json');

    // Assess
    expect(thresholdsFor(config, 'ix')).toEqual({
      warning: 0.7,
      critical: 0.9,
    });
    expect(thresholdsFor(config, 'pni')).toEqual({
      warning: 0.7,
      critical: 0.85,
    });
  });

  it.each([
    '',
    'https://d111111abcdef8.cloudfront.net/',
    'https://reports.example.com/headroom',
    'http://headroom-reports.s3-website-eu-west-1.amazonaws.com/',
    'file:///srv/headroom/out/',
  ])('takes %j as notify.reportBaseUrl', (url) => {
    // Prepare: the stack's CloudFront URL, an S3 website, a local store
    const text = JSON.stringify({ notify: { reportBaseUrl: url } });

    // Act
    const config = parseConfig(text, 'c.json');

    // Assess
    expect(config.notify.reportBaseUrl).toBe(url);
  });
});
