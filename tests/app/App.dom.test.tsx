import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { applyDocumentLanguage, i18n, initI18n } from '../../src/i18n/i18n';
import { languages } from '../../src/i18n/languages';
import { readSettings } from '../../src/storage/settings';

beforeAll(async () => {
  await initI18n('fr');
});

beforeEach(() => history.replaceState(null, '', '/'));

describe('app shell', () => {
  it('has a skip link, the landmarks and the home heading', async () => {
    render(<App />);
    expect(screen.getByRole('link', { name: 'Aller au contenu' }).getAttribute('href')).toBe('#main');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('grands moments');
  });

  it('lists each language in its own name and switches language, saving the choice', async () => {
    render(<App />);
    const select = screen.getByLabelText('Langue') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(languages.map((l) => l.name));
    fireEvent.change(select, { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain("life's big moments"));
    expect(document.documentElement.lang).toBe('en');
    await waitFor(async () => expect((await readSettings()).language).toBe('en'));
    await i18n.changeLanguage('fr');
  });

  it('saves the simplified-language switch', async () => {
    render(<App />);
    const toggle = await screen.findByRole('switch', { name: /simplifié|Simplified/ });
    fireEvent.click(toggle);
    await waitFor(async () => expect((await readSettings()).simple).toBe(true));
  });

  it('shows a helpful page for an unknown address', async () => {
    history.replaceState(null, '', '/nulle-part');
    render(<App />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toMatch(/introuvable|not found/);
    expect(screen.getByRole('link', { name: /accueil|home/ })).toBeTruthy();
  });

  it('sets dir="rtl" for a right-to-left language (test locale)', () => {
    applyDocumentLanguage('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    applyDocumentLanguage('fr');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
