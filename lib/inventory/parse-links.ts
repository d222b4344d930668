import { type Config, thresholdsFor } from '#lib/config';
import {
  defaultGroupKey,
  type InventoryLink,
  LINK_CSV_COLUMNS,
  LINK_CSV_READ_COLUMNS,
  MAX_LEAD_TIME_DAYS,
  REQUIRED_LINK_COLUMNS,
} from '#lib/domain/inventory';
import { LINK_TYPES } from '#lib/domain/vocabulary';
import { InputError } from '#lib/errors';
import { ownerProblem } from '#lib/owner-problem';
import { type FieldReader, fieldsOf } from './field-parsers.ts';
import { type CsvRow, readCsvRows } from './read-csv-rows.ts';
import { regionOwner } from './region-owner.ts';
import { rejectMixedGroups, settleGroupOwners } from './reject-mixed-groups.ts';
import { rejectDuplicates, rejectNearNames } from './reject-near-names.ts';
import { rejectNearOwners } from './reject-near-owners.ts';

/**
 * Parses and validates `links.csv`, applying the defaults of docs/architecture.md "Data contracts".
 *
 * @param text - the file's content
 * @param file - the file's name, for error messages
 * @param config - supplies lead-time and owner defaults
 * @returns one `InventoryLink` per row (at least one)
 * @throws InputError naming the file, line, field and value; also for a
 *   file with no links and for a group whose links differ in ISP, site,
 *   region or link type, or name two owners
 * @example
 * parseLinks(csvText, 'inventory/links.csv', DEFAULT_CONFIG);
 */
export function parseLinks(
  text: string,
  file: string,
  config: Config,
): InventoryLink[] {
  const rows = readCsvRows(
    text,
    file,
    LINK_CSV_COLUMNS.slice(0, REQUIRED_LINK_COLUMNS),
    LINK_CSV_READ_COLUMNS,
    config.inventory.extraColumns,
  );
  if (rows.length === 0) {
    // Nothing to forecast: a run would publish an empty report as latest.
    throw new InputError(
      file,
      'lists no links (only a header): a run needs at least one link to forecast',
    );
  }
  const parsed = rows.map((row) => parseLink(row, file, config));
  const links = parsed.map((p) => p.link);
  rejectDuplicates(links, file);
  rejectMixedGroups(links, file);
  const written = parsed.map((p) => p.owner);
  const owned = settleGroupOwners(
    links,
    written,
    regionOwner(config, file, new Set(links.map((link) => link.region))),
    file,
  );
  rejectNearNames(owned, file);
  rejectNearOwners(owned, written, config, file);
  return owned;
}

/** A row's link, and the owner written on its line (settled per group later). */
function parseLink(
  row: CsvRow,
  file: string,
  config: Config,
): { link: InventoryLink; owner: string | undefined } {
  const f = fieldsOf(file, row);
  const isp = f.text('isp');
  const site = f.text('site');
  const region = f.text('region');
  const linkType = f.oneOf('link_type', LINK_TYPES);
  const capacityBps = f.capacity('capacity_bps');
  const warning = f.optionalRatio('warning');
  const critical = f.optionalRatio('critical');
  const retiredOn = f.optionalDate('retired_on');
  checkOrder(row, file, {
    ...thresholdsFor(config, linkType),
    ...dropUndefined({ warning, critical }),
  });
  const link = {
    linkId: f.text('link_id', 128),
    isp,
    // AS numbers are 32 bits (RFC 6793): 11 digits is a slip.
    asn: f.asn('asn'),
    site,
    region,
    linkType,
    capacityBps,
    group: f.optionalText('group') ?? defaultGroupKey(isp, site, linkType),
    portBps: f.optionalCapacity('port_bps') ?? capacityBps,
    leadTimeDays:
      f.optionalInteger('lead_time_days', 0, MAX_LEAD_TIME_DAYS) ??
      config.leadTimeDays[linkType],
    owner: '',
    ...(warning === undefined ? {} : { warning }),
    ...(critical === undefined ? {} : { critical }),
    ...(retiredOn === undefined ? {} : { retiredOn }),
    line: row.line,
  };
  return { link, owner: ownerOf(f, row, file) };
}

/** The row's owner, if written: one owner (`ownerProblem`). */
function ownerOf(
  f: FieldReader,
  row: CsvRow,
  file: string,
): string | undefined {
  const owner = f.optionalText('owner');
  const problem = owner === undefined ? undefined : ownerProblem(owner);
  if (problem === undefined) return owner;
  throw new InputError(file, problem, {
    line: row.line,
    field: 'owner',
    value: owner,
  });
}

const dropUndefined = (o: { warning?: number; critical?: number }) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The row's thresholds, with the link type's filling the gaps, must rise. */
function checkOrder(
  row: CsvRow,
  file: string,
  { warning, critical }: { warning: number; critical: number },
) {
  if (warning < critical) return;
  const own = row.values.warning?.trim() ? 'warning' : 'critical';
  throw new InputError(file, 'warning must be below critical', {
    line: row.line,
    field: own,
    value: `warning ${warning}, critical ${critical}`,
  });
}
