export { defaultGroupKey } from '#lib/domain/inventory';
export { fieldsOf } from './field-parsers.ts';
export { parseAugments } from './parse-augments.ts';
export { parseLinks } from './parse-links.ts';
export { readCsvRows } from './read-csv-rows.ts';
export { sharedAsns } from './shared-asns.ts';
