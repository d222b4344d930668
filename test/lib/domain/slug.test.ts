import { describe, expect, it } from 'vitest';
import { ispSlug } from '#lib/domain/slug';

describe('ispSlug', () => {
  it.each([
    ['Acme Telecom (UK)', 'acme-telecom-uk'],
    ['Télécom Sud', 'telecom-sud'],
    ['  Thames Fibre ', 'thames-fibre'],
  ])('turns %s into %s', (name, slug) => {
    // Act / Assess
    expect(ispSlug(name)).toBe(slug);
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
