// The adviser's side of the interview: the note, what the answer changes, the signals kept in
// the session, and the question shown in the person's language.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { child } from '../../../src/content/moments/child';
import { AdviserNote, SessionSignals } from '../../../src/features/adviser/InterviewNotes';
import { QuestionForPerson } from '../../../src/features/adviser/QuestionForPerson';
import { adviserSession, endSession, startSession } from '../../../src/features/adviser/session';
import { initI18n } from '../../../src/i18n/i18n';
import { TextOverride } from '../../../src/i18n/TextOverride';
import { readLocale as locale } from '../../tools/read-locales.mjs';

const question = (id: string) => child.questions.find((q) => q.id === id)!;

beforeAll(async () => {
  await initI18n('fr');
});

afterEach(async () => {
  await endSession();
});

describe('adviser interview notes', () => {
  it('show nothing outside a session', () => {
    const { container } = render(<AdviserNote moment={child} question={question('alone')} />);
    expect(container.textContent).toBe('');
  });

  it('give what to look for and what the answer changes', async () => {
    startSession('en');
    render(<AdviserNote moment={child} question={question('alone')} />);
    const note = await screen.findByRole('complementary', { name: 'Pour le conseiller' });
    expect(note.textContent).toContain(locale('fr', 'advice').child.alone.lookFor);
    expect(note.textContent).toContain('version accompagnée');
    expect(
      within(note)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Demander un rendez-vous à la CAF', 'Demander un rendez-vous à la MSA']);
  });

  it('name the follow-up questions a question decides', async () => {
    startSession('en');
    render(<AdviserNote moment={child} question={question('situation')} />);
    const note = await screen.findByRole('complementary', { name: 'Pour le conseiller' });
    expect(within(note).getAllByRole('listitem')[0]?.textContent).toBe("Date prévue de l'accouchement");
    expect(note.textContent).not.toContain('version accompagnée');
  });

  it('keep the signals in the session, for the journeys it starts', async () => {
    startSession('en');
    render(<SessionSignals />);
    fireEvent.click(await screen.findByLabelText('Lit peu le français'));
    fireEvent.click(screen.getByLabelText('Isolement'));
    expect(adviserSession()?.signals).toEqual(['littleFrench', 'isolation']);
  });

  it("show the question, its reason and its answers in the person's language", async () => {
    const en = locale('en', 'child').questions.situation;
    render(
      <TextOverride lang="en" simple={false} namespaces={['child']}>
        <QuestionForPerson momentId="child" question={question('situation')} />
      </TextOverride>,
    );
    await waitFor(() => expect(screen.getByTestId('person-question').textContent).toContain(en.label));
    const text = screen.getByTestId('person-question').textContent;
    expect(text).toContain(en.why);
    expect(text).toContain(en.options.adoption);
    expect(screen.getByTestId('person-question').closest('[lang]')?.getAttribute('lang')).toBe('en');
  });
});
