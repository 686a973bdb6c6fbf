// A preference chosen while the stored ones are still loading (a tap on a slow phone) is kept:
// the stored values read a moment later must not flip the switch back.
import { act, render, screen, waitFor } from '@testing-library/preact';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useSettingsState } from '../../src/app/useSettingsState';
import { initI18n } from '../../src/i18n/i18n';

let release: () => void = () => {};
const gate = new Promise<void>((resolve) => (release = resolve));
vi.mock('../../src/storage/settings', () => ({
  readSettings: async () => {
    await gate;
    return { simple: false, theme: 'dark', textSize: 125 };
  },
  writeSetting: async () => {},
}));

beforeAll(async () => {
  await initI18n('fr');
});

let state: ReturnType<typeof useSettingsState>;
function Probe() {
  state = useSettingsState();
  return <p data-testid="probe">{`${state.simple} ${state.theme} ${state.textSize}`}</p>;
}

describe('settings chosen before the stored ones arrive', () => {
  it('keep the person’s choice and take the stored value only for what was not touched', async () => {
    render(<Probe />);
    act(() => state.setSimple(true));
    expect(screen.getByTestId('probe').textContent).toBe('true system 100');
    release();
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('true dark 125'));
  });
});
