import { describe, expect, it } from 'vitest';
import { looseName } from '#lib/input-message';

describe('looseName', () => {
  it('treats case, spaces and punctuation as one name, and nothing else', () => {
    // Act
    const same = ['Link ID', 'link-id', ' LINK_ID ', 'linkid'].map(looseName);

    // Assess
    expect(new Set(same)).toEqual(new Set(['linkid']));
    expect(looseName('link-id-2')).not.toBe(looseName('link-id'));
  });

  it('folds accents however they are encoded, as slugs do', () => {
    // Act: é as one character, as e and a combining accent, and none
    const spellings = ['T\u00e9l\u00e9com', 'Te\u0301le\u0301com', 'Telecom'];

    // Assess
    expect(new Set(spellings.map(looseName))).toEqual(new Set(['telecom']));
    expect(looseName('Région Île')).toBe('regionile');
    expect(looseName('МТС')).toBe('мтс');
  });

  it('keeps a name of punctuation alone as it is: two such names are not one', () => {
    // Act / Assess: all stripped, both would have been ''
    expect(looseName('-')).not.toBe(looseName('?'));
    expect(looseName('-')).toBe('-');
  });
});
