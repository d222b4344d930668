import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { InputError } from '#lib/errors';
import { describeScenario, scenarioBreaks } from '#lib/rules/describe-scenario';
import { parseScenario } from '#lib/rules/scenario';

const TEXT = JSON.stringify({
  name: 'LHR1 fails before the final',
  description: 'Checks the UK bundles.',
  events: [
    {
      kind: 'site-down',
      site: 'LHR1',
      from: '2026-12-01',
      until: '2026-12-08',
    },
    { kind: 'link-down', linkId: 'fra2-acme-pni-1', from: '2026-12-01' },
    { kind: 'demand-multiplier', isp: 'Acme', factor: 1.3, from: '2027-01-01' },
    { kind: 'event-surge', date: '2026-12-20', factor: 1.8 },
    { kind: 'event-surge', isp: 'Acme', date: '2026-12-21', factor: 1.1 },
  ],
});

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
        /^final\.json, line 1: field 'events\.0\.from' must be a date YYYY-MM-DD \(got "2026-02-30"\)$/,
    },
    {
      text: '{"name":"x","events":[{"kind":"event-surge","date":"9999-12-31","factor":2}]}',
      message:
        /^final\.json, line 1: field 'events\.0\.date' is out of range: dates run from 1970-01-01 to 9899-12-31 \(got "9999-12-31"\)$/,
    },
    {
      text: '{"name":"x","events":[{"kind":"event-surge","date":"2026-01-01","factor":2}],"typo":1}',
      message:
        /^final\.json, line 1: field 'typo' Unrecognized key: "typo" \(got 1\)$/,
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
      text: '{"name":"x","events":[{"kind":"meteor","from":"2026-01-01"}]}',
      message: /field 'events\.0\.kind'/,
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

describe('describeScenario', () => {
  it('says in one sentence what the scenario assumes', () => {
    // Prepare
    const scenario = parseScenario(TEXT, 'final.json');

    // Act
    const text = describeScenario(scenario);

    // Assess
    expect(text).toBe(
      'What if LHR1 fails before the final: site LHR1 down from 2026-12-01 ' +
        'until 2026-12-08; link fra2-acme-pni-1 down from 2026-12-01; Acme ' +
        'demand ×1.3 from 2027-01-01; all ISPs demand ×1.8 on 2026-12-20; ' +
        'Acme demand ×1.1 on 2026-12-21. Checks the UK bundles.',
    );
  });
});

describe('scenarioBreaks', () => {
  it('lists the groups that would break, earliest first', () => {
    // Prepare
    const base = { level: 'group', isp: 'Acme', site: 'LHR1' } as Evaluation;
    const evaluations = [
      { ...base, key: 'Acme/LHR1/ix', criticalDateUpper: '2026-12-05' },
      {
        ...base,
        key: 'Acme/LHR1/pni',
        criticalDateUpper: '2026-12-01',
        fullDateUpper: '2026-12-01',
        fullDate: '2026-12-03',
        n1BreachDate: '2026-11-26',
      },
      { ...base, key: 'Acme/FRA2/pni', site: 'FRA2' },
      { ...base, level: 'isp', key: 'Acme', criticalDateUpper: '2026-12-01' },
    ] as Evaluation[];

    // Act
    const lines = scenarioBreaks(evaluations);

    // Assess
    expect(lines).toEqual([
      'Acme/LHR1/pni (LHR1): full from 2026-12-01 (expected 2026-12-03); ' +
        'critical from 2026-12-01; N-1 lost 2026-11-26',
      'Acme/LHR1/ix (LHR1): stays under 100%; critical from 2026-12-05',
    ]);
  });
});
