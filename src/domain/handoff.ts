// The hand-off payload: a journey (moment, answers, ticks, done steps, notes the person agreed to
// take — never a name) packed into a URL fragment for a QR code, so it reaches the person's phone
// without any server. Versioned, size-limited, checksummed and validated on the way back in.
import * as z from 'zod/mini';

/** Current payload version; a decoder accepts only versions it knows. */
export const handoffVersion = 1;

/** Longest fragment a phone camera reads reliably from a screen (characters of the URL). */
export const maxHandoffLength = 1400;

const id = z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]{0,40}$/));

/** The only signal a hand-off carries: the journey shows human help first (never which signal). */
export const handoffAccompanied = 'accompanied';

/** What travels: short keys keep the QR code small. */
export const handoffSchema = z.strictObject({
  v: z.literal(handoffVersion),
  m: id,
  a: z.record(id, z.union([z.boolean(), z.string().check(z.maxLength(40))])),
  /** Ticked actions, by step. */
  t: z.optional(z.record(id, z.array(id).check(z.maxLength(20)))),
  /** Steps done. */
  d: z.optional(z.array(id).check(z.maxLength(60))),
  /** Notes the person agreed to take, by step. */
  n: z.optional(z.record(id, z.string().check(z.maxLength(300)))),
  /** Signals calling for the accompanied route (see adviser mode). */
  s: z.optional(z.array(id).check(z.maxLength(10))),
});

/** A decoded hand-off. */
export type Handoff = z.infer<typeof handoffSchema>;

/** Why a payload was refused, for a clear message. */
export type HandoffError = 'tooLong' | 'malformed' | 'corrupted' | 'version' | 'invalid';

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

async function checksum(text: string): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return toBase64Url(hash.slice(0, 6));
}

/** Packs a hand-off into the fragment text `<checksum>.<deflated JSON>`; throws if it would be too long. */
export async function encodeHandoff(handoff: Handoff): Promise<string> {
  const json = JSON.stringify(handoffSchema.parse(handoff));
  const packed = toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
  const text = `${await checksum(json)}.${packed}`;
  if (text.length > maxHandoffLength) throw new RangeError(`Hand-off too long: ${text.length} characters`);
  return text;
}

/** Unpacks and validates a fragment; never throws. */
export async function decodeHandoff(
  text: string,
): Promise<{ ok: true; handoff: Handoff } | { ok: false; error: HandoffError }> {
  if (text.length > maxHandoffLength) return { ok: false, error: 'tooLong' };
  const match = /^([A-Za-z0-9_-]{8})\.([A-Za-z0-9_-]+)$/.exec(text);
  if (!match) return { ok: false, error: 'malformed' };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(
      await pipe(fromBase64Url(match[2]!), new DecompressionStream('deflate-raw')),
    );
  } catch {
    return { ok: false, error: 'malformed' };
  }
  if ((await checksum(json)) !== match[1]) return { ok: false, error: 'corrupted' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'malformed' };
  }
  if ((data as { v?: unknown } | null)?.v !== handoffVersion) return { ok: false, error: 'version' };
  const parsed = handoffSchema.safeParse(data);
  return parsed.success ? { ok: true, handoff: parsed.data } : { ok: false, error: 'invalid' };
}
