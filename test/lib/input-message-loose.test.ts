import { describe, expect, it } from 'vitest';
import { looseName } from '#lib/input-message';

describe('looseName', () => {
  it('treats case, spaces and punctuation as one name, and nothing else', () => {
    // Act
    const same = ['Link ID', 'link-id', ' LINK_ID ', 'linkid'].map(looseName);
    const accented = looseName('Région Île');

    // Assess
    expect(new Set(same)).toEqual(new Set(['linkid']));
    expect(accented).toBe('régionîle');
    expect(looseName('link-id-2')).not.toBe(looseName('link-id'));
  });
});
