// The data subject's page behind the release link: the extract (art. 15), the released handlingar as PDF and, for art. 20, the data as JSON.
import { raw } from 'hono/html';
import { HeldBackNotice, type RequesterDocument } from '../release/requester.tsx';
import type { RequesterSafe } from '../../src/domain/leakGuard.ts';
import { renderMarkdown } from '../../src/text/markdown.ts';

export interface SubjectReleasePageProps {
  token: string;
  reference: RequesterSafe;
  kindLabel: string;
  answeredAt: string;
  /** The extract as Markdown with escaped fields, through the leak guard; rendered here by marked and sanitize-html. */
  extractMarkdown: RequesterSafe;
  documents: RequesterDocument[];
  /** Handlingar held back since the answer (linkRelease). */
  heldBack: number;
  /** Art. 20: offer the data as JSON. */
  json: boolean;
  /** Refused under art. 12.5: the letter is a decision, not an extract. */
  refused?: boolean;
  /** The neutral name of the zip with everything, e.g. 2026-0042.zip. */
  archiveName: string;
}

export function SubjectReleasePage(p: SubjectReleasePageProps) {
  const base = `/r/${p.token}`;
  return (
    <>
      <h1>Svar på din begäran {p.reference}</h1>
      <dl class="summary-list">
        <dt>Begäran</dt>
        <dd>{p.kindLabel}</dd>
        <dt>Besvarad</dt>
        <dd>{p.answeredAt}</dd>
      </dl>
      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Ladda ned</h2>
        <ul class="plain-list">
          <li>
            <a href={`${base}/beslut.pdf`} download="beslut.pdf">
              {p.refused ? 'Beslutet som PDF' : 'Registerutdraget som PDF'}
            </a>
          </li>
          {p.documents.length ? (
            <li>
              <a href={`${base}/handlingar.zip`} download={p.archiveName}>
                Ladda ned allt som en zip-fil ({p.archiveName})
              </a>
            </li>
          ) : null}
          {p.json ? (
            <li>
              <a href={`${base}/uppgifter.json`} download="uppgifter.json">
                Dina uppgifter i maskinläsbart format (JSON, artikel 20)
              </a>
            </li>
          ) : null}
        </ul>
      </section>
      {/* A refusal releases no handling: saying "we have none" would be untrue. */}
      {p.refused ? null : (
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">Handlingar med uppgifter om dig</h2>
        <HeldBackNotice count={p.heldBack} />
        {p.documents.length ? (
          <ul class="plain-list">
            {p.documents.map((d) => (
              <li>
                <a href={`${base}/handlingar/${d.baseName}`}>Läs handling {d.number}</a>
                {d.title === `Handling ${d.number}` ? null : `: ${d.title}`} ·{' '}
                <a href={`${base}/handlingar/${d.baseName}.pdf`} download={`${d.baseName}.pdf`}>
                  Ladda ned {d.baseName}.pdf
                </a>
              </li>
            ))}
          </ul>
        ) : p.heldBack ? null : (
          <p>Vi har inga handlingar med uppgifter om dig.</p>
        )}
      </section>
      )}
      <section aria-labelledby="extract-heading">
        <h2 id="extract-heading">{p.refused ? 'Beslutet' : 'Registerutdraget'}</h2>
        <article class="letter markdown">{raw(renderMarkdown(p.extractMarkdown))}</article>
      </section>
    </>
  );
}
