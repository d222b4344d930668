/**
 * A file-name-safe, URL-safe form of an ISP's name, shared by the HTML
 * report (`reports/latest/isp/<slug>.html`) and the emails that link to it.
 * Lowercase ASCII letters and digits; every other run of characters becomes
 * one `-`. Accents are folded first so that 'Télécom' gives 'telecom'.
 *
 * @param isp - the ISP's name as in the inventory
 * @returns the slug, or 'isp' when nothing printable is left
 * @example
 * ispSlug('Acme Telecom (UK)'); // 'acme-telecom-uk'
 */
export function ispSlug(isp: string): string {
  const slug = isp
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'isp' : slug;
}
