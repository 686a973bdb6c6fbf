// Reading and writing the person's preferences (language, simplified language, notices seen).
import { openDb } from './db';
import { settingsSchema, type Settings, type SettingKey } from './records';

/** All settings, validated; unknown or invalid values are dropped. */
export async function readSettings(): Promise<Settings> {
  const { db } = await openDb();
  const rows = await db.settings.toArray();
  const raw: Record<string, unknown> = {};
  for (const row of rows) raw[row.key] = row.value;
  const shape = settingsSchema.def.shape;
  const out: Settings = {};
  for (const key of Object.keys(shape) as SettingKey[]) {
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success && parsed.data !== undefined) Object.assign(out, { [key]: parsed.data });
  }
  return out;
}

/** Saves one preference. */
export async function writeSetting<K extends SettingKey>(key: K, value: NonNullable<Settings[K]>): Promise<void> {
  const { db } = await openDb();
  await db.settings.put({ key, value });
  void requestPersistence();
}

let persistRequested = false;

/** Asks the browser to keep Jalons' data under storage pressure, once, when the person saves something. */
export async function requestPersistence(): Promise<boolean> {
  if (persistRequested || typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  persistRequested = true;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
