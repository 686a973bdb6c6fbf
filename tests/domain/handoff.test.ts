// The hand-off codec: round trip, size limit, version, checksum and invalid input.
import { describe, expect, it } from 'vitest';
import { decodeHandoff, encodeHandoff, maxHandoffLength, type Handoff } from '../../src/domain/handoff';

const handoff: Handoff = {
  v: 1,
  m: 'child',
  a: { situation: 'pregnant', dueDate: '2027-04-15', firstChild: true, activity: 'employee', married: false },
  t: { pregnancyDeclaration: ['bookFirstExam', 'bringCarteVitale'] },
  d: ['prenatalCare'],
  n: { birthDeclaration: 'Mairie du 11e, guichet 3' },
  s: ['littleFrench'],
};

describe('hand-off codec', () => {
  it('round-trips a journey', async () => {
    const text = await encodeHandoff(handoff);
    expect(text.length).toBeLessThan(400);
    expect(text).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(await decodeHandoff(text)).toEqual({ ok: true, handoff });
  });

  it('keeps non-ASCII notes intact', async () => {
    const withNote = { ...handoff, n: { x: 'Rendez-vous à 9 h — موعد — зустріч' } };
    expect(await decodeHandoff(await encodeHandoff(withNote))).toEqual({ ok: true, handoff: withNote });
  });

  it('refuses to encode what a phone could not read from a screen', async () => {
    const big = {
      ...handoff,
      n: Object.fromEntries(
        Array.from({ length: 30 }, (_, i) => [`s${i}`, Array.from({ length: 6 }, () => crypto.randomUUID()).join(' ')]),
      ),
    };
    await expect(encodeHandoff(big)).rejects.toThrow(/too long/);
    expect(await decodeHandoff('A'.repeat(maxHandoffLength + 1))).toEqual({ ok: false, error: 'tooLong' });
  });

  it('refuses a tampered payload', async () => {
    const text = await encodeHandoff(handoff);
    const [sum, body] = text.split('.');
    const flipped = body!.slice(0, 10) + (body![10] === 'A' ? 'B' : 'A') + body!.slice(11);
    const result = await decodeHandoff(`${sum}.${flipped}`);
    expect(result.ok).toBe(false);
    const other = await encodeHandoff({ ...handoff, m: 'separation' });
    expect(await decodeHandoff(`${sum}.${other.split('.')[1]}`)).toEqual({ ok: false, error: 'corrupted' });
  });

  it('refuses garbage, unknown versions and invalid content', async () => {
    for (const text of ['', 'hello', '12345678.', '12345678.!!!', 'abcdefgh.AAAA'])
      expect((await decodeHandoff(text)).ok).toBe(false);
    await expect(encodeHandoff({ ...handoff, v: 2 } as unknown as Handoff)).rejects.toThrow();
    await expect(encodeHandoff({ ...handoff, m: '<script>' })).rejects.toThrow();
  });
});

describe('hand-off decoder under hostile input', () => {
  it('never throws on any text, and anything accepted is a valid hand-off', async () => {
    const { default: fc } = await import('fast-check');
    const { fuzzRuns } = await import('../fuzz');
    const valid = await encodeHandoff(handoff);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: fc.constantFrom(...'ABCDEFabcdef0123456789-_.'.split('')) }),
          fc
            .tuple(fc.nat(valid.length - 1), fc.string({ maxLength: 4 }), fc.nat(3))
            .map(([at, s, cut]) => valid.slice(0, at) + s + valid.slice(at + cut)),
        ),
        async (text) => {
          const result = await decodeHandoff(text);
          if (result.ok) expect(result.handoff.v).toBe(1);
          else expect(['tooLong', 'malformed', 'corrupted', 'version', 'invalid']).toContain(result.error);
        },
      ),
      { numRuns: fuzzRuns },
    );
  }, 600_000);
});
