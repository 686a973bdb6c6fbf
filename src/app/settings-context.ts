// The person's display preferences, shared with every component through context.
import { createContext } from 'preact';
import type { StorageMode } from '../storage/db';
import type { TextSize, Theme } from './display';

/** What every component may read about the display preferences, and how to change them. */
export interface SettingsState {
  language: string;
  simple: boolean;
  /** 'device' once IndexedDB opened, 'memory' when it could not, undefined while opening. */
  storage: StorageMode | undefined;
  setLanguage: (code: string) => void;
  setSimple: (simple: boolean) => void;
  theme: Theme;
  textSize: TextSize;
  setTheme: (theme: Theme) => void;
  setTextSize: (size: TextSize) => void;
  /** Back to defaults in memory only, after the stored data was erased. */
  forget: () => void;
}

/** Context carrying the settings; the default serves prerendering and isolated component tests. */
export const SettingsContext = createContext<SettingsState>({
  language: 'fr',
  simple: false,
  storage: undefined,
  setLanguage: () => {},
  setSimple: () => {},
  theme: 'system',
  textSize: 100,
  setTheme: () => {},
  setTextSize: () => {},
  forget: () => {},
});
