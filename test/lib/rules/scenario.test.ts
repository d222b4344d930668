import { describe, expect, it } from 'vitest';
import { InputError } from '#lib/errors';
import { parseScenario } from '#lib/rules/scenario';
import { SCENARIO_TEXT as TEXT } from '../../fixtures/rules/scenario-text.ts';

describe('parseScenario', () => {
  it('reads a valid scenario file', () => {
    // Prepare
    const text = TEXT;

    // Act
    const scenario = parseScenario(text, 'final.json');

    // Assess
    expect(scenario).toEqual(JSON.parse(TEXT));
  });

  it('reads a file that starts with a UTF-8 byte order mark', () => {
    // Prepare
    const text = `\uFEFF${TEXT}`;

    // Act
    const scenario = parseScenario(text, 'final.json');

    // Assess
    expect(scenario).toEqual(JSON.parse(TEXT));
  });

  it.each([
    {
      text: '{',
      message: /final\.json, line 1: is not valid JSON at column 2: /,
    },
    { text: '{"name":"x","events":[]}', message: /field 'events'/ },
    {
      text: '{"name":"x","events":[{"kind":"site-down","site":"A","from":"2026-02-30"}]}',
      message:
        /^final\.json, line 1: field 'events\.0\.from' must be a date YYYY-MM-DD: February 2026 has days 01 to 28 \(got "2026-02-30"\)$/,
    },
    {
      text: '{"name":"x","events":[{"kind":"event-surge","date":"9999-12-31","factor":2}]}',
      message:
        /^final\.json, line 1: field 'events\.0\.date' is out of range: dates run from 1970-01-01 to 9899-12-31 \(got "9999-12-31"\)$/,
    },
    {
      text: '{"name":"x","events":[{"kind":"event-surge","date":"2026-01-01","factor":2}],"typo":1}',
      message: /^final\.json, line 1: field 'typo' is unknown \(got 1\)$/,
    },
    {
      text: '{"name":"x","events":[\n{"kind":"event-surge","date":"2026-12-20","factor":2},\n{"kind":"site-down","site":"A","from":"2026-12-10","until":"2026-12-01"}]}',
      message:
        /^final\.json, line 3: field 'events\.1\.until' must be after 'from' \(2026-12-10\): the event lasts until the day before it, so it would change nothing \(got "2026-12-01"\)$/,
    },
    {
      text: '{"name":"x","events":[{"kind":"link-down","linkId":"l","from":"2026-12-10","until":"2026-12-10"}]}',
      message:
        /^final\.json, line 1: field 'events\.0\.until' must be after 'from' \(2026-12-10\)/,
    },
    {
      text: '{"name":"x\\nWHAT-IF, not the plan","events":[{"kind":"event-surge","date":"2026-12-20","factor":2}]}',
      message:
        /^final\.json, line 1: field 'name' must not contain control characters \(tab, line break, …\) \(got "x\\nWHAT-IF, not the plan"\)$/,
    },
    {
      text: '{"name":"x","description":"FRA1 lost\\nGroups: 0 critical","events":[{"kind":"event-surge","date":"2026-12-20","factor":2}]}',
      message:
        /^final\.json, line 1: field 'description' must not contain control characters \(tab, line break, …\) \(got "FRA1 lost\\nGroups: 0 critical"\)$/,
    },
    {
      text: '{"name":"x","events":[{"kind":"demand-multiplier","isp":"Acme","factor":1,"from":"2026-12-20"}]}',
      message:
        /^final\.json, line 1: field 'events\.0\.factor' must not be 1: the event would change nothing \(got 1\)$/,
    },
    {
      text: '{"name":"x","events":[{"kind":"meteor","from":"2026-01-01"}]}',
      message:
        /^final\.json, line 1: field 'events\.0\.kind' must be one of 'link-down', 'site-down', 'demand-multiplier' or 'event-surge' \(got "meteor"\)$/,
    },
    {
      // `date` written `from`, as the other kinds have it
      text: '{"name":"x","events":[{"kind":"event-surge","from":"2026-12-20","factor":2}]}',
      message:
        /^final\.json, line 1: field 'events\.0\.date' is missing \('from' is there instead, a key it does not take\)$/,
    },
    {
      // `from` misspelt
      text: '{"name":"x","events":[{"kind":"site-down","site":"A","form":"2026-12-20"}]}',
      message:
        /^final\.json, line 1: field 'events\.0\.from' is missing \('form' is there instead, a key it does not take\)$/,
    },
    {
      // `from` misspelt, and a key of another kind beside it
      text: '{"name":"x","events":[{"kind":"site-down","site":"A","form":"2026-12-20","isp":"Acme"}]}',
      message:
        /^final\.json, line 1: field 'events\.0\.from' is missing \('form', 'isp' are there instead, keys it does not take\)$/,
    },
    {
      // `events` written `event`: the line of the key written
      text: '{\n  "name": "x",\n  "event": [\n    {"kind":"event-surge","date":"2026-12-20","factor":2}\n  ]\n}',
      message:
        /^final\.json, line 3: field 'events' is missing \('event' is there instead, a key it does not take\)$/,
    },
    {
      // `site` written `sites`, on the event's third line
      text: '{"name":"x","events":[{\n"kind":"site-down",\n"sites":"A",\n"from":"2026-12-20"}]}',
      message:
        /^final\.json, line 3: field 'events\.0\.site' is missing \('sites' is there instead, a key it does not take\)$/,
    },
  ])('names the file and field for $text', ({ text, message }) => {
    // Prepare
    const parse = () => parseScenario(text, 'final.json');

    // Act
    let error: unknown;
    try {
      parse();
    } catch (caught) {
      error = caught;
    }

    // Assess
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
  });
});
