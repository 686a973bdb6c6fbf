// The .ics generator against the RFC 5545 rules it must follow, checked by parsing its output.
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toIcs, type CalendarEvent } from '../../src/domain/ics';

const now = new Date('2026-11-23T09:15:30.123Z');
const events: CalendarEvent[] = [
  {
    uid: 'j1-birthDeclaration@jalons',
    date: '2027-03-17',
    summary: 'Date limite : déclarer la naissance à la mairie, dans les 5 jours ; apportez vos papiers',
    description: "Étape de « J'attends un enfant ».\nÀ la mairie du lieu de naissance.",
    alarmDaysBefore: 3,
  },
  { uid: 'j1-childcare@jalons', date: '2027-12-31', summary: 'Garde : CMG', alarmDaysBefore: 7 },
];
const ics = toIcs(events, { now, name: "J'attends un enfant" });

/** Unfolds (RFC 5545 §3.1) and splits into content lines. */
const unfold = (text: string) =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
const unescape = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

describe('ics', () => {
  it('uses CRLF line endings only, and no line longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has balanced components and the required calendar properties', () => {
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    for (const c of ['VEVENT', 'VALARM']) {
      expect(lines.filter((l) => l === `BEGIN:${c}`).length).toBe(lines.filter((l) => l === `END:${c}`).length);
    }
  });

  it('gives every event a unique UID, a UTC DTSTAMP and all-day dates', () => {
    const lines = unfold(ics);
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(2);
    expect(lines.filter((l) => l === 'DTSTAMP:20261123T091530Z')).toHaveLength(2);
    expect(lines).toContain('DTSTART;VALUE=DATE:20270317');
    expect(lines).toContain('DTEND;VALUE=DATE:20270318');
    expect(lines).toContain('DTSTART;VALUE=DATE:20271231');
    expect(lines).toContain('DTEND;VALUE=DATE:20280101');
  });

  it('escapes text and keeps it intact through folding', () => {
    const lines = unfold(ics);
    const summary = lines.find((l) => l.startsWith('SUMMARY:Date limite'))!;
    expect(summary).toContain('\\,');
    expect(summary).toContain('\\;');
    expect(unescape(summary.slice('SUMMARY:'.length))).toBe(events[0]!.summary);
    const description = lines.find((l) => l.startsWith('DESCRIPTION:Étape'))!;
    expect(unescape(description.slice('DESCRIPTION:'.length))).toBe(events[0]!.description);
  });

  it('adds a display alarm some days before', () => {
    const lines = unfold(ics);
    expect(lines).toContain('TRIGGER:-P3D');
    expect(lines).toContain('TRIGGER:-P7D');
    expect(lines.filter((l) => l === 'ACTION:DISPLAY')).toHaveLength(2);
  });

  it('escapes backslashes first and folds multi-byte text without splitting a character', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(80)}`);
  });
});
