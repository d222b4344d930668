export { fieldsOf } from './field-parsers.ts';
export { parseAugments } from './parse-augments.ts';
export { defaultGroupKey, parseLinks } from './parse-links.ts';
export { readCsvRows } from './read-csv-rows.ts';
