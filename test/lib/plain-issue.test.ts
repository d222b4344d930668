import { describe, expect, it } from 'vitest';
import { parseConfig } from '#lib/config';
import { parseScenario } from '#lib/rules/scenario';

describe('plainIssue, as a configuration or scenario error reads', () => {
  it.each([
    [
      'a number written in quotes',
      '{"horizonDays": "400"}',
      'field \'horizonDays\' must be a number, not text: write 400 without quotes (got "400")',
    ],
    [
      // It was told "write 0x50 without quotes", which JSON refuses.
      'a number in quotes in another notation',
      '{"horizonDays": "0x50"}',
      'field \'horizonDays\' must be a number, not text (got "0x50")',
    ],
    [
      'a lead time in fractions of a day',
      '{"leadTimeDays": {"pni": 90.5}}',
      "field 'leadTimeDays.pni' must be a whole number (got 90.5)",
    ],
    [
      'a value left null',
      '{"notify": {"renotifyDays": null}}',
      "field 'notify.renotifyDays' must be a number, not null",
    ],
    [
      'a threshold written where its object goes',
      '{"thresholds": {"pni": 0.9}}',
      "field 'thresholds.pni' must be an object, {…} (got 0.9)",
    ],
    [
      'an owner that is no text',
      '{"owners": {"regions": {"EMEA": 5}}}',
      "field 'owners.regions.EMEA' must be text in quotes (got 5)",
    ],
    [
      'a list given as one text',
      '{"inventory": {"extraColumns": "notes"}}',
      'field \'inventory.extraColumns\' must be a list, […], not text (got "notes")',
    ],
    [
      'a choice in capitals',
      '{"notify": {"by": "ISP"}}',
      "field 'notify.by' must be one of 'isp' or 'owner': write 'isp' (values match exactly) (got \"ISP\")",
    ],
    [
      'a decision level as a ratio',
      '{"decisionLevel": 0.8}',
      "field 'decisionLevel' must be a percentage between 50 and 100: write 80 for 80% (got 0.8)",
    ],
    [
      'two unknown fields',
      '{"colour": 1, "size": 2}',
      "field 'colour' is unknown; so is 'size' (got 1)",
    ],
    [
      'two unknown fields, the first misspelt',
      '{"horizonDay": 400, "colour": 2}',
      "field 'horizonDay' is unknown (did you mean 'horizonDays'?); so is 'colour' (got 400)",
    ],
  ])(
    'words %s as the other input errors do, not in zod terms',
    (_, text, problem) => {
      // Act / Assess: it read "Invalid input: expected number, received
      // string", "Too small: expected number to be >50", "Unrecognized key"
      expect(() => parseConfig(text, 'c.json')).toThrow(
        `c.json, line 1: ${problem}`,
      );
    },
  );

  it.each([
    [
      'a choice misspelt',
      '{"notify": {"by": "owners"}}',
      'c.json',
      "field 'notify.by' must be one of 'isp' or 'owner' (did you mean 'owner'?) (got \"owners\")",
    ],
    [
      'an event kind written with an underscore',
      '{"name":"x","events":[{"kind":"site_down","site":"A","from":"2026-12-10"}]}',
      's.json',
      "field 'events.0.kind' must be one of 'link-down', 'site-down', " +
        "'demand-multiplier' or 'event-surge': write 'site-down' (values " +
        'match exactly) (got "site_down")',
    ],
    [
      'an event kind misspelt',
      '{"name":"x","events":[{"kind":"demand-multiplyer","isp":"A","factor":2,"from":"2026-12-10"}]}',
      's.json',
      "field 'events.0.kind' must be one of 'link-down', 'site-down', " +
        "'demand-multiplier' or 'event-surge' (did you mean " +
        '\'demand-multiplier\'?) (got "demand-multiplyer")',
    ],
  ])('names the value meant for %s', (_, text, file, problem) => {
    // Act
    const parse = file === 'c.json' ? parseConfig : parseScenario;

    // Assess: it named the choices alone
    expect(() => parse(text, file)).toThrow(`${file}, line 1: ${problem}`);
  });

  it.each([
    [
      'a list of events with none',
      '{"name": "x",\n "events": []}',
      "s.json, line 2: field 'events' must not be an empty list",
    ],
    [
      'an empty link id',
      '{"name":"x","events":[{"kind":"link-down","linkId":"","from":"2026-12-10"}]}',
      's.json, line 1: field \'events.0.linkId\' must not be empty (got "")',
    ],
  ])('says of %s that it is empty', (_, text, message) => {
    // Act / Assess: it read "must have at least 1 items" (or "characters")
    expect(() => parseScenario(text, 's.json')).toThrow(message);
  });

  it('says an event without a kind lacks one', () => {
    // Prepare
    const text = '{"name":"x","events":[{"site":"A","from":"2026-12-10"}]}';

    // Act / Assess: it read as a kind of the wrong value, none given
    expect(() => parseScenario(text, 's.json')).toThrow(
      "s.json, line 1: field 'events.0.kind' is missing: it must be one of " +
        "'link-down', 'site-down', 'demand-multiplier' or 'event-surge'",
    );
  });

  it.each([
    ['Kind', "'Kind' is there: keys match exactly"],
    ['knd', "'knd' is there instead, a key it does not take"],
  ])("names the key %s written for an event's kind", (written, words) => {
    // Prepare
    const event = `{"${written}":"site-down","site":"A","from":"2026-12-10"}`;
    const text = `{"name":"x","events":[${event}]}`;

    // Act / Assess: it read "is missing", the key typed otherwise
    // unsaid; now in the words of any other key missing
    expect(() => parseScenario(text, 's.json')).toThrow(
      `s.json, line 1: field 'events.0.kind' is missing (${words}): it ` +
        "must be one of 'link-down', 'site-down', 'demand-multiplier' or " +
        "'event-surge'",
    );
  });

  it('names the kinds a scenario event may be', () => {
    // Prepare
    const text =
      '{"name":"x","events":[{"kind":"group-down","site":"A","from":"2026-12-10"}]}';

    // Act / Assess
    expect(() => parseScenario(text, 's.json')).toThrow(
      "s.json, line 1: field 'events.0.kind' must be one of 'link-down', " +
        "'site-down', 'demand-multiplier' or 'event-surge' (got \"group-down\")",
    );
  });
});
