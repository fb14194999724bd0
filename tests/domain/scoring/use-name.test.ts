import { describe, expect, it } from 'vitest';
import { score } from '../../../src/domain/scoring/scorer.ts';

const has = (text: string, callerName?: string) => score({ text, callerName }).labels.includes('use-name');

describe('use-name', () => {
  it.each([
    // rulebook
    ['Mrs. Jones, I understand...', 'Mrs. Jones'],
    // own phrasings
    ['mrs jones, im so sorry', 'Mrs. Jones'],
    ['I hear you, Mrs Jones.', 'Mrs. Jones'],
    ['Ms. Jones, let me look into that.', 'Mrs. Jones'],
    ['Dr. Patel, that was our error.', 'Dr. Patel'],
    ['dr patel i will call you by 3', 'Dr. Patel'],
    ['Doctor Patel, thank you for holding.', 'Dr. Patel'],
    ['Of course, Dr. Nguyen.', 'Dr. Nguyen'],
    ['Tom, I am so sorry.', 'Tom Baker'],
    ['Thanks for holding, Tom.', 'Tom Baker'],
    ['Mr. Baker, I have updated your account.', 'Tom Baker'],
    ['Gary, I’m so sorry.', 'Gary Whitman'],
    ['Betsy, I can hear how stressful this has been.', 'Betsy'],
    ['Sra. Vega, lo siento mucho.', 'Sra. Vega'],
    ['Sorry, Mrs. Jones, could you spell the last name?', 'Mrs. Jones'],
    ['Are you serious right now, Dr. Feld?', 'Dr. Feld'],
    ["That's not how it went, Mr. Brennan.", 'Mr. Brennan'],
    ['Mister Reyes, I will fix it.', 'Mr. Reyes'],
    ['Will, thanks for your patience.', 'Will Turner'],
    ['I understand, Dr. Maria Lopez.', 'Dr. Maria Lopez'],
    ['Maria, I understand.', 'Dr. Maria Lopez'],
    ['Ms. Patel, I understand.', 'Dr. Patel'],
    ['I am sorry, Mr Kaplan', 'Mr. Kaplan'],
    ['MRS. JONES, I UNDERSTAND.', 'Mrs. Jones'],
    ['I can help with that, Ms Carter.', 'Ms. Carter'],
    ['Hi Tom, thanks for calling back about this.', 'Tom Baker'],
    ['Linda, would Tuesday work?', 'Linda Moore'],
    ['Mrs Ortiz im really sorry abt this', 'Mrs. Ortiz'],
    ['Lo siento, Sra. Vega.', 'Señora Vega'],
  ])('yes: %s (%s)', (text, name) => expect(has(text, name)).toBe(true));

  it.each([
    // rulebook
    ['Mr. Wilson will call you.', 'Mrs. Jones'],
    // near misses
    ['Mrs. Jones, I understand.', undefined],
    ['Mr. Jensen, I have updated the on-call list.', undefined],
    ['Dr. Sandoval is the covering physician tonight.', 'Mr. Reyes'],
    ['Mr. Jones will call you back.', 'Mrs. Jones'],
    ['Dr. Alvarez was paged at two.', 'Mrs. Alvarez'],
    ['Sarah Baker from billing will call you.', 'Tom Baker'],
    ['I will pass this to Dr. Patel.', 'Mr. Reyes'],
    ['Will you hold for two minutes?', 'Will Turner'],
    ['I will call you back by noon.', 'Will Turner'],
    ['The Jones account is up to date.', 'Mrs. Jones'],
    ['I understand, and I am sorry.', 'Dr. Patel'],
    ['Dr. Lowe is covering this weekend.', 'Dr. Patel'],
    ['Mrs. Kowalski, I understand.', 'Mrs. Jones'],
    ['Ms. Moore’s account shows the change.', 'Linda Moore'],
    ["I'll talk to Mrs. Jones's husband.", 'Mrs. Jones'],
  ])('no: %s (%s)', (text, name) => expect(has(text, name)).toBe(false));

  it('points at the name', () => {
    const text = 'I understand, Mrs. Jones, and I am sorry.';
    const ev = score({ text, callerName: 'Mrs. Jones' }).evidence.filter((e) => e.label === 'use-name');
    expect(ev.map((e) => text.slice(e.start, e.end))).toEqual(['Mrs. Jones']);
  });
});
