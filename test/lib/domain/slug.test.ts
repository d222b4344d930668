import { describe, expect, it } from 'vitest';
import { ispSlug } from '#lib/domain/slug';

describe('ispSlug', () => {
  it.each([
    ['Acme Telecom', 'acme-telecom'],
    ['  Thames Fibre ', 'thames-fibre'],
    ['Nordlink 2', 'nordlink-2'],
  ])('turns %s into %s', (name, slug) => {
    // Act / Assess
    expect(ispSlug(name)).toBe(slug);
  });

  it.each([
    ['Acme Telecom (UK)', /^acme-telecom-uk-[0-9a-f]{8}$/],
    ['Télécom Sud', /^telecom-sud-[0-9a-f]{8}$/],
    ['AT&T', /^at-t-[0-9a-f]{8}$/],
  ])('marks %s, which its slug cannot rebuild, with a hash', (name, slug) => {
    // Act / Assess
    expect(ispSlug(name)).toMatch(slug);
  });

  it('gives names differing only in case or punctuation distinct slugs', () => {
    // Prepare
    const names = ['Acme', 'ACME', 'acme', 'Acme.', 'A-cme', 'A cme', 'Acme!'];
    // Act
    const slugs = names.map(ispSlug);
    // Assess
    expect(new Set(slugs).size).toBe(names.length);
    expect(slugs[0]).toBe('acme');
  });

  it('bounds the slug of a 230-character name', () => {
    // Act
    const slug = ispSlug(`Very ${'Long '.repeat(45)}Name`);
    // Assess
    expect(slug.length).toBeLessThanOrEqual(69);
    expect(slug).toMatch(/^very-long-.*-[0-9a-f]{8}$/);
  });

  it('keeps ISPs with non-Latin names apart', () => {
    // Act
    const slugs = ['Ростелеком', 'МТС', 'الاتصالات', 'Orange Polska Ł'].map(
      ispSlug,
    );

    // Assess
    expect(new Set(slugs).size).toBe(4);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]+-[0-9a-f]{8}$/);
    expect(ispSlug('МТС')).toBe(ispSlug('МТС'));
  });
});
