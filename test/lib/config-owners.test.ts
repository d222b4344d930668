import { describe, expect, it } from 'vitest';
import { parseConfig } from '#lib/config';

describe("the configuration's owners", () => {
  it('refuses an owner spelled otherwise than an earlier one, naming both', () => {
    // Prepare: the default owner, and a region's in other case
    const text =
      '{"owners": {\n  "default": "peering",\n' +
      '  "regions": {"EMEA": "Peering"}\n}}';

    // Act / Assess
    expect(() => parseConfig(text, 'c.json')).toThrow(
      "c.json, line 3: field 'owners.regions.EMEA' differs only in case, " +
        "spaces or punctuation from owners.default 'peering': names match " +
        'exactly, so one owner would get two digests and two alert filters; ' +
        'write one spelling (got "Peering")',
    );
  });

  it('says when the owner it differs from is the default the file did not set', () => {
    // Act / Assess
    expect(() =>
      parseConfig(
        '{"owners": {"regions": {"EMEA": "Capacity Planning"}}}',
        'c.json',
      ),
    ).toThrow(
      "from owners.default 'capacity-planning' (the default when the file " +
        'sets none): names match exactly',
    );
  });

  it.each([
    [
      'a space after it',
      'EMEA ',
      "must not start or end with a space: links.csv's fields are read " +
        'without them, so no region would match it',
    ],
    [
      'nothing',
      '',
      "must not be blank: links.csv's region is never empty, so no group " +
        'would have this owner',
    ],
    [
      'a tab',
      'EM\tEA',
      'must not contain control characters (tab, line break, …)',
    ],
  ])('refuses a region key with %s, naming the key', (_, key, problem) => {
    // Prepare
    const text = `{"owners": {\n  "regions": {${JSON.stringify(key)}: "a"}\n}}`;

    // Act / Assess: "EMEA " was taken, and the run blamed links.csv's
    // EMEA ("write the region as the configuration does", which links.csv
    // cannot: its fields are read trimmed); "" was taken without a word
    // A tab is shown as JSON writes it, `\t`.
    const field = `owners.regions.${key.replace('\t', '\\t')}`;
    expect(() => parseConfig(text, 'c.json')).toThrow(
      `c.json, line 2: field '${field}' ${problem} ` +
        `(got ${JSON.stringify(key)})`,
    );
  });

  it('refuses a region named twice in two spellings', () => {
    // Prepare
    const text =
      '{"owners": {"regions": {\n  "EU-West": "a",\n  "eu west": "b"\n}}}';

    // Act / Assess
    expect(() => parseConfig(text, 'c.json')).toThrow(
      "c.json, line 3: field 'owners.regions.eu west' is the region " +
        "'EU-West' again, spelled otherwise: a links.csv region matches one " +
        'of them exactly; keep one (got "eu west")',
    );
  });

  it('reads one owner for many regions, and addresses that differ by more than case', () => {
    // Prepare: j.doe@ and jdoe@ may be two mailboxes
    const text =
      '{"owners": {"default": "j.doe@example.com", "regions": ' +
      '{"EMEA": "jdoe@example.com", "APAC": "jdoe@example.com"}}}';

    // Act
    const config = parseConfig(text, 'c.json');

    // Assess
    expect(config.owners.regions).toEqual({
      EMEA: 'jdoe@example.com',
      APAC: 'jdoe@example.com',
    });
  });
});
