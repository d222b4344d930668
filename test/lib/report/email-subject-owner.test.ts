import { describe, expect, it } from 'vitest';
import { renderIspMessage } from '#lib/report/render-email';
import {
  EMAIL_CONFIG,
  LHR1_PNI,
} from '../../fixtures/rules/email-evaluations.ts';

const ISPS = [
  'Baltyk Mobile',
  'Falcon Gulf Telecom',
  'Karoo Mobile',
  'Laguna Movil',
  'Rheinwelle Telekom',
  'Thames Fibre',
];

/** The subject of `owner`'s alert for one critical bundle of each ISP. */
function ownerSubject(owner: string, isps: readonly string[]): string {
  const groups = isps.map((isp, i) => ({
    ...LHR1_PNI,
    key: `${isp}/LHR${i}/pni`,
    isp,
    owner,
  }));
  const [message] = renderIspMessage({
    asOf: '2026-11-26',
    unit: owner,
    groups,
    config: {
      ...EMAIL_CONFIG,
      notify: { ...EMAIL_CONFIG.notify, by: 'owner' as const },
    },
  });
  return message!.subject;
}

describe("an owner's alert subject too long for its ISPs", () => {
  it('lists whole ISP names and closes its bracket: "emea-peering (A, B, …): …"', () => {
    // Act: the sample's six critical ISPs under one owner, as
    // `notify.by: owner` with one region owner sends them (README
    // "Configuration"); the subject read "(Baltyk Mobile, Falcon Gulf
    // Telecom, …: 8 critical", its bracket never closed.
    const subject = ownerSubject('emea-peering', ISPS);

    // Assess
    expect(subject.length).toBeLessThanOrEqual(99);
    const listed = /emea-peering \(([^()]*), …\): 6 critical — /.exec(subject);
    expect(listed, subject).not.toBeNull();
    for (const name of listed![1]!.split(', ')) expect(ISPS).toContain(name);
  });

  it('keeps an owner whose own name ends in brackets: "noc (EU) (…): …"', () => {
    // Act: ISP names too long for any to fit; the list was found at
    // the name's first " (", so the owner's own bracket was cut:
    // "noc (…): 2 critical".
    const long = ['Baltyk Mobile', 'Thames Fibre'].map(
      (isp) => `${isp} Wholesale and Carrier Services International Limited`,
    );
    const subject = ownerSubject('noc (EU)', long);

    // Assess
    expect(subject.length).toBeLessThanOrEqual(99);
    expect(subject).toContain('noc (EU) (…): 2 critical — ');
  });

  it('keeps a subject that fits whole', () => {
    // Act
    const subject = ownerSubject('noc', ISPS.slice(0, 2));

    // Assess
    expect(subject).toContain(
      'noc (Baltyk Mobile, Falcon Gulf Telecom): 2 critical — ',
    );
  });
});
