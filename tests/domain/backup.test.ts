// Backup parsing and preview, including property-based tests over hostile input (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../fuzz';
import { backupFormat, parseBackup, previewImport, type Backup } from '../../src/domain/backup';

const backup: Backup = {
  app: 'jalons',
  format: backupFormat,
  appVersion: '0.1.0',
  schemaVersion: 3,
  exportedAt: '2026-11-23T10:00:00.000Z',
  journeys: [
    {
      id: 'a',
      momentId: 'child',
      answers: { situation: 'pregnant' },
      status: 'active',
      createdAt: 'x',
      updatedAt: '2026-11-20',
    },
    { id: 'b', momentId: 'carer', answers: {}, status: 'paused', createdAt: 'x', updatedAt: '2026-11-10' },
  ],
  progress: [
    { journeyId: 'a', stepId: 's', done: true, notConcerned: false, ticks: ['action:x'], note: 'ok', updatedAt: 'x' },
  ],
  documents: [{ id: 'rib', have: true, updatedAt: 'x' }],
  settings: [{ key: 'language', value: 'ar' }],
};

describe('backup parsing', () => {
  it('reads back what was written', () => {
    expect(parseBackup(JSON.stringify(backup), 3)).toEqual({ ok: true, backup });
  });

  it('says clearly why a file is refused', () => {
    expect(parseBackup('{', 3)).toEqual({ ok: false, error: 'notJson' });
    expect(parseBackup('{"app":"other"}', 3)).toEqual({ ok: false, error: 'notJalons' });
    expect(parseBackup(JSON.stringify({ ...backup, schemaVersion: 9 }), 3)).toEqual({
      ok: false,
      error: 'newerVersion',
    });
    expect(parseBackup(JSON.stringify({ ...backup, journeys: [{ id: 'a' }] }), 3)).toEqual({
      ok: false,
      error: 'invalid',
    });
    const orphan = { ...backup, progress: [{ ...backup.progress[0], journeyId: 'ghost' }] };
    expect(parseBackup(JSON.stringify(orphan), 3)).toEqual({ ok: false, error: 'invalid' });
    expect(parseBackup('x'.repeat(6 * 1024 * 1024), 3)).toEqual({ ok: false, error: 'tooLarge' });
  });

  it('never throws on any text, and accepts only valid backups', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ ...backup, journeys: v })),
        ),
        (raw) => {
          const result = parseBackup(raw, 3);
          if (result.ok) expect(result.backup.app).toBe('jalons');
          else expect(['tooLarge', 'notJson', 'notJalons', 'newerVersion', 'invalid']).toContain(result.error);
        },
      ),
      { numRuns: fuzzRuns },
    );
  }, 600_000);

  it('never throws on mutated valid backups', () => {
    const valid = JSON.stringify(backup);
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.string({ minLength: 0, maxLength: 5 }), fc.nat(4), (at, insert, cut) => {
        const raw = valid.slice(0, at) + insert + valid.slice(at + cut);
        const result = parseBackup(raw, 3);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: fuzzRuns },
    );
  }, 600_000);
});

describe('import preview', () => {
  const device = [
    { id: 'a', updatedAt: '2026-11-21' },
    { id: 'c', updatedAt: '2026-11-01' },
  ];
  it('merge: adds new journeys, updates only older ones, removes nothing', () => {
    expect(previewImport(device, backup, 'merge')).toEqual({ added: 1, updated: 0, removed: 0, kept: 2 });
    expect(previewImport([{ id: 'a', updatedAt: '2026-11-01' }], backup, 'merge')).toEqual({
      added: 1,
      updated: 1,
      removed: 0,
      kept: 0,
    });
  });
  it('replace: the device ends up with exactly the file', () => {
    expect(previewImport(device, backup, 'replace')).toEqual({ added: 1, updated: 1, removed: 1, kept: 0 });
  });
});
