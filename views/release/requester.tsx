// The requester's pages (no login): a minimal layout without staff navigation or names, the release page, a handling, the läsesal, and the one 404.
//
// Every string of a request shown here is RequesterSafe: made only by the leak guard
// (src/domain/leakGuard.ts), so a new field cannot reach the requester without passing it.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { RequesterSafe } from '../../src/domain/leakGuard.ts';
import { renderMarkdown } from '../../src/text/markdown.ts';

/** A layout of its own: nothing of the staff layout (navigation, signed-in name) can leak into it. */
export function RequesterLayout({ title, orgName, children }: { title: string; orgName: string; children?: Child }) {
  return (
    <html lang="sv">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} – ${orgName}`}</title>
        <link rel="stylesheet" href="/static/app.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Hoppa till innehållet
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <span class="site-header__brand">{orgName}</span>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>
            Allmänna handlingar från {orgName}. <a href="/tillganglighet">Tillgänglighet</a>
          </p>
        </footer>
      </body>
    </html>
  );
}

export interface RequesterDocument {
  number: number;
  /** Digits and hyphens only (neutralBaseName). */
  baseName: string;
  pageCount: number;
  /** The public title approved with the assessment. */
  title: RequesterSafe;
}

export interface ReleasePageProps {
  token: string;
  reference: RequesterSafe;
  outcomeLabel: string;
  condition: RequesterSafe | null;
  decidedAt: string;
  decisionMaker: RequesterSafe;
  appealable: boolean;
  appealLastDay: string | null;
  /** The letter as Markdown with escaped fields; rendered here by marked and sanitize-html. */
  letterMarkdown: RequesterSafe;
  documents: RequesterDocument[];
  /** Handlingar of this decision held back since: something in them has been masked after it (linkRelease). */
  heldBack: number;
  /** The neutral name of the zip with everything, e.g. 2026-0042.zip. */
  archiveName: string;
}

/** Says that handlingar of the decision are held back while the request is examined again, without saying which or why. */
export function HeldBackNotice(p: { count: number }) {
  if (p.count === 0) return null;
  return (
    <p class="notice" role="status">
      {p.count === 1 ? 'En handling' : `${p.count} handlingar`} i beslutet prövas på nytt och kan inte hämtas här just nu. Du får besked när
      prövningen är klar.
    </p>
  );
}

export function ReleasePage(p: ReleasePageProps) {
  const base = `/r/${p.token}`;
  return (
    <>
      <h1>Beslut om din begäran {p.reference}</h1>
      <dl class="summary-list">
        <dt>Beslut</dt>
        <dd>{p.outcomeLabel}</dd>
        {p.condition ? (
          <>
            <dt>Förbehåll</dt>
            <dd class="prewrap">{p.condition}</dd>
          </>
        ) : null}
        <dt>Beslutsdatum</dt>
        <dd>{p.decidedAt}</dd>
        <dt>Beslutsfattare</dt>
        <dd>{p.decisionMaker}</dd>
        {p.appealable && p.appealLastDay ? (
          <>
            <dt>Sista dag att överklaga</dt>
            <dd>{p.appealLastDay}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">Utlämnade handlingar</h2>
        <HeldBackNotice count={p.heldBack} />
        {p.documents.length ? (
          <ul class="plain-list">
            {p.documents.map((d) => (
              <li>
                <a href={`${base}/handlingar/${d.baseName}`}>
                  Handling {d.number}
                  {d.title === `Handling ${d.number}` ? null : `: ${d.title}`}
                </a>{' '}
                ·{' '}
                <a href={`${base}/handlingar/${d.baseName}.pdf`} download={`${d.baseName}.pdf`}>
                  Ladda ned {d.baseName}.pdf
                </a>
              </li>
            ))}
          </ul>
        ) : p.heldBack ? null : (
          <p>Inga handlingar lämnas ut.</p>
        )}
        {p.documents.length ? (
          <p>
            <a href={`${base}/handlingar.zip`} download={p.archiveName}>
              Ladda ned allt som en zip-fil ({p.archiveName})
            </a>{' '}
            – {p.documents.length === 1 ? 'handlingen' : `alla ${p.documents.length} handlingar`} och beslutet som PDF.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="letter-heading">
        <h2 id="letter-heading">Beslutet i sin helhet</h2>
        <p>
          <a href={`${base}/beslut.pdf`} download="beslut.pdf">
            Ladda ned beslutet som PDF
          </a>
        </p>
        <article class="letter markdown">{raw(renderMarkdown(p.letterMarkdown))}</article>
      </section>
    </>
  );
}

export function ReleasedDocumentPage({
  backHref,
  backLabel,
  title,
  text,
  pdfHref,
  fileName,
  ownPages = false,
  pageImages,
}: {
  backHref: string;
  backLabel: string;
  title: RequesterSafe;
  text: RequesterSafe;
  pdfHref: string;
  fileName: string;
  /** The PDF is the handling's own pages with the masked parts removed and blacked out. */
  ownPages?: boolean;
  /** Images of the released PDF's pages, as they will print (PDF handlingar released as their own pages). */
  pageImages?: string[];
}) {
  return (
    <>
      <p>
        <a href={backHref}>{backLabel}</a>
      </p>
      <h1>{title}</h1>
      <p>
        <a href={pdfHref} download={fileName}>
          Ladda ned {fileName}
        </a>
      </p>
      {ownPages ? (
        <p>
          PDF-filen är handlingens egna sidor. Det som är sekretessbelagt är borttaget och ersatt av svarta rutor med bestämmelsen i
          offentlighets- och sekretesslagen. Nedan visas handlingens text.
        </p>
      ) : null}
      {pageImages?.length ? (
        <section aria-labelledby="page-images-heading" class="page-images">
          <h2 id="page-images-heading">Sidorna så som de skrivs ut</h2>
          {pageImages.map((src, i) => (
            <img src={src} alt={`Sida ${i + 1} av ${pageImages.length}. Texten på sidan finns nedan.`} loading="lazy" />
          ))}
          <h2>Handlingens text</h2>
        </section>
      ) : null}
      <pre class="prewrap released-text">{text}</pre>
    </>
  );
}

/** The same page for a guessed, expired or revoked link, and for any other address under /r/. */
export function RequesterNotFound() {
  return (
    <>
      <h1>Sidan finns inte</h1>
      <p>Länken är felaktig, har gått ut eller har spärrats. Kontakta den som skickade länken om du behöver en ny.</p>
    </>
  );
}

export interface ReadingRoomListItem {
  entryId: number;
  title: RequesterSafe;
  excerpt: RequesterSafe;
}

export function ReadingRoomPage({ q, items }: { q: string; items: ReadingRoomListItem[] }) {
  return (
    <>
      <h1>Läsesal</h1>
      <p>Här finns allmänna handlingar som har lämnats ut och publicerats. Maskerade uppgifter visas som [maskerat – OSL …].</p>
      <form method="get" action="/lasesal" role="search">
        <div class="field">
          <label for="q">Sök i handlingarna</label>
          <input id="q" name="q" type="search" value={q} />
        </div>
        <button type="submit" class="button">
          Sök
        </button>
      </form>
      <h2>{q ? `Träffar för "${q}"` : 'Senast publicerade'}</h2>
      {items.length ? (
        <ul class="plain-list">
          {items.map((i) => (
            <li>
              <a href={`/lasesal/${i.entryId}`}>{i.title}</a>
              <div class="small muted">{i.excerpt}</div>
            </li>
          ))}
        </ul>
      ) : (
        <p>Inga handlingar hittades.</p>
      )}
    </>
  );
}
