// A content text with its glossary terms (CAF, RSA, carte Vitale…) linked to their explanation:
// the first time each term appears in the text.
import { glossary } from '../../content/glossary';
import { useT } from '../../i18n/useT';

interface Piece {
  text: string;
  term?: string;
}

/** Splits a text into plain pieces and the first occurrence of each glossary term. */
export function splitTerms(text: string): Piece[] {
  const hits = glossary
    .map((g) => ({ id: g.id, match: g.pattern.exec(text) }))
    .filter((h): h is { id: string; match: RegExpExecArray } => h.match !== null)
    .sort((a, b) => a.match.index - b.match.index);
  const pieces: Piece[] = [];
  let at = 0;
  for (const { id, match } of hits) {
    if (match.index < at) continue;
    if (match.index > at) pieces.push({ text: text.slice(at, match.index) });
    pieces.push({ text: match[0], term: id });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** The text, with links to the glossary. */
export function Glossed({ text }: { text: string }) {
  const { t } = useT();
  return (
    <>
      {splitTerms(text).map((p, i) =>
        p.term ? (
          <a key={i} class="term" href={`/glossaire#${p.term}`} title={t('glossary.linkTitle')}>
            {p.text}
          </a>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
