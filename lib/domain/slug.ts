/**
 * A file-name-safe, URL-safe form of an ISP's name, shared by the HTML
 * report (`reports/latest/isp/<slug>.html`) and the emails that link to it.
 * Lowercase ASCII letters and digits; every other run of characters becomes
 * one `-`. Accents are folded first so that 'Télécom' gives 'telecom'. A
 * name with letters outside Latin script ('Ростелеком') keeps what is left
 * and gets a short hash of the whole name, so two such ISPs never share a
 * page.
 *
 * @param isp - the ISP's name as in the inventory
 * @returns the slug
 * @example
 * ispSlug('Acme Telecom (UK)'); // 'acme-telecom-uk'
 * ispSlug('МТС'); // 'isp-' followed by 8 hex digits
 */
export function ispSlug(isp: string): string {
  const folded = isp.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Letters beyond ASCII would be lost: keep the name apart by its hash.
  const lossy = /[^\x20-\x7e]/.test(folded);
  if (!lossy && slug !== '') return slug;
  return `${slug || 'isp'}-${shortHash(isp)}`;
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
