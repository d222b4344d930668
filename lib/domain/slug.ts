/** Longest slug body before the hash suffix (file names stay short). */
const MAX_SLUG = 60;

/**
 * A file-name-safe, URL-safe form of a name (an ISP, a group key, a
 * scenario), shared by the HTML report (`isp/<slug>.html`, anchors) and
 * the emails that link to it. Lowercase ASCII letters and digits; every
 * other run of characters becomes one `-`; accents are folded. Distinct
 * names always get distinct slugs, without knowing the other names: the
 * bare slug is kept only when the name can be rebuilt from it (its words
 * capitalised and joined by single spaces, e.g. 'Thames Fibre'); any other
 * name ('THAMES FIBRE', 'Thames-Fibre', 'Télécom', 'МТС', or longer than
 * 60 characters once slugged) gets a short hash of the whole name, so that
 * names differing only in case or punctuation never share a page.
 *
 * @param name - the name as in the inventory
 * @returns the slug, at most 69 characters
 * @example
 * ispSlug('Thames Fibre'); // 'thames-fibre'
 * ispSlug('THAMES FIBRE'); // 'thames-fibre-' followed by 8 hex digits
 */
export function ispSlug(name: string): string {
  const trimmed = name.trim();
  const slug = foldAccents(trimmed)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const lossless =
    slug !== '' &&
    slug.length <= MAX_SLUG &&
    trimmed === titleCase(slug) &&
    // A bare slug must never look like another name's hashed one.
    !/-[0-9a-f]{8}$/.test(slug);
  if (lossless) return slug;
  const body = slug.slice(0, MAX_SLUG).replace(/-+$/, '');
  return `${body || 'x'}-${shortHash(trimmed)}`;
}

/**
 * The slug used inside message ids (`asOf/purpose/<slug>/part`): readable
 * and stable across releases (the same as before slugs became unique per
 * name), bounded in length. Ids need not be unique per name: the state
 * records each sent message by id and content (links.csv refuses one ISP
 * or owner spelled two ways: docs/architecture.md "Data contracts").
 *
 * @param name - an ISP or owner
 * @returns lowercase ASCII letters, digits and `-`
 * @example
 * idSlug('Acme Telecom (UK)'); // 'acme-telecom-uk'
 */
export function idSlug(name: string): string {
  const folded = foldAccents(name);
  const slug = folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG);
  const lossy = /[^\x20-\x7e]/.test(folded);
  return !lossy && slug !== '' ? slug : `${slug || 'isp'}-${shortHash(name)}`;
}

/**
 * A name with its Latin accents folded (`Télécom` → `Telecom`, whether
 * `é` is one character or `e` and a combining accent) and compatibility
 * forms made plain (`ＡＣＭＥ` → `ACME`): what slugs and `looseName` see.
 *
 * @param name - any name
 * @returns the name, NFKD, without combining diacritical marks
 * @example
 * foldAccents('Télécom'); // 'Telecom'
 */
export function foldAccents(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** 'thames-fibre' → 'Thames Fibre': the one name kept with a bare slug. */
function titleCase(slug: string): string {
  return slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * A 32-bit FNV-1a hash as 8 hex digits: a tag that tells texts apart, not
 * a secret.
 *
 * @param text - any text
 * @returns 8 lowercase hex digits
 * @example
 * shortHash('Acme'); // always the same 8 digits for 'Acme'
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
