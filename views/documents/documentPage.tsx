// One handling: register entry, sekretessmarkering, earlier decisions on the same file, and the text with
// every finding highlighted, labelled by type and explained on focus or hover.
import { raw } from 'hono/html';
import type { DocumentRow, FindingRow, PageRow, SecrecyMarkRow } from '../../src/db/documents.ts';
import type { Provision } from '../../src/domain/provisions.ts';
import { ErrorSummary, type FieldErrors, Notice, SelectField, TextField } from '../components.tsx';
import { formatDateTime } from '../requests/format.ts';
import { formatBytes, formatLabel, typeLabel } from './labels.ts';

export interface DocumentPageProps {
  doc: Omit<DocumentRow, 'text'>;
  text: string;
  /** Markdown rendered by marked and sanitised (src/text/markdown.ts); only for .md handlingar. */
  renderedMarkdown?: string;
  pages: PageRow[];
  findings: FindingRow[];
  filterType: string | null;
  marks: SecrecyMarkRow[];
  earlier: Array<{ document_id: number; request_id: number; reference: string; status: string; active_mark: string | null }>;
  attachments: Array<{ id: number; file_name: string }>;
  parent: { id: number; file_name: string } | null;
  reference: string;
  canEdit: boolean;
  canMark: boolean;
  provisions: readonly Provision[];
  errors?: FieldErrors;
  input?: Record<string, string>;
  notice?: string;
}

/** Splits one page's text into plain runs and findings; findings are non-overlapping (the engine's promise). */
function Highlighted({ text, start, end, findings }: { text: string; start: number; end: number; findings: FindingRow[] }) {
  const parts: unknown[] = [];
  let pos = start;
  for (const f of findings) {
    const s = Math.max(f.start, pos);
    const e = Math.min(f.end, end);
    if (e <= s) continue;
    if (s > pos) parts.push(text.slice(pos, s));
    parts.push(
      <mark class={`finding finding--${f.type}`} id={`f-${f.id}`} tabindex={0} data-explanation={f.explanation} aria-describedby={`fx-${f.id}`}>
        <span class="finding__label">{typeLabel(f.type)}</span>
        {text.slice(s, e)}
        <span class="visually-hidden" id={`fx-${f.id}`}>
          {` (${f.explanation})`}
        </span>
      </mark>,
    );
    pos = e;
  }
  if (pos < end) parts.push(text.slice(pos, end));
  return <>{parts}</>;
}

export function DocumentPage(p: DocumentPageProps) {
  const { doc } = p;
  const counts = new Map<string, number>();
  for (const f of p.findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  const shown = p.filterType ? p.findings.filter((f) => f.type === p.filterType) : p.findings;
  const activeMarks = p.marks.filter((m) => !m.lifted_at);
  const pages = p.pages.length ? p.pages : [{ document_id: doc.id, number: 1, start: 0, end: p.text.length, needs_ocr: 0 }];
  return (
    <>
      <p>
        <a href={`/requests/${doc.request_id}`}>← Tillbaka till begäran {p.reference}</a>
      </p>
      <h1>{doc.description}</h1>
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      <ErrorSummary errors={p.errors} />
      {activeMarks.length ? (
        <div class="secrecy-banner" role="note">
          <strong>Sekretessmarkerad</strong> enligt {activeMarks.map((m) => m.provision).join(', ')}. Markeringen binder inte: varje begäran prövas på
          nytt.
        </div>
      ) : null}

      <p>
        <a href={`/documents/${doc.id}/secrecy`}>Sekretessprövning och maskeringar</a>
      </p>

      <h2>Registeruppgifter</h2>
      <dl class="details">
        <dt>Fil</dt>
        <dd>
          {doc.file_name} ({formatLabel[doc.format] ?? doc.format}, {formatBytes(doc.byte_size)}
          {doc.encoding && doc.format !== 'pdf' ? `, ${doc.encoding}` : ''}) – <a href={`/documents/${doc.id}/original`}>hämta originalet</a>
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code class="hash">{doc.sha256}</code>
        </dd>
        <dt>Sidor</dt>
        <dd>
          {doc.page_count}
          {doc.ocr_page_count ? ` (varav ${doc.ocr_page_count} utan text – behöver OCR)` : ''}
        </dd>
        {p.parent ? (
          <>
            <dt>Bilaga till</dt>
            <dd>
              <a href={`/documents/${p.parent.id}`}>{p.parent.file_name}</a>
            </dd>
          </>
        ) : null}
        {p.attachments.length ? (
          <>
            <dt>Bilagor</dt>
            <dd>
              <ul class="plain-list">
                {p.attachments.map((a) => (
                  <li>
                    <a href={`/documents/${a.id}`}>{a.file_name}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>

      {p.canEdit ? (
        <details class="edit-box" open={!!p.errors?.length && p.input?.form === 'register'}>
          <summary>Ändra registeruppgifter</summary>
          <form method="post" action={`/documents/${doc.id}/register`} novalidate>
            <TextField name="receivedDate" label="Inkom eller upprättad" type="date" value={p.input?.receivedDate ?? doc.received_date ?? ''} errors={p.errors} optional hint="ÅÅÅÅ-MM-DD" />
            <TextField name="diarienummer" label="Diarienummer" value={p.input?.diarienummer ?? doc.diarienummer ?? ''} errors={p.errors} optional />
            <TextField name="counterpart" label="Avsändare eller mottagare" value={p.input?.counterpart ?? doc.counterpart ?? ''} errors={p.errors} optional />
            <TextField name="description" label="Kort beskrivning" value={p.input?.description ?? doc.description} errors={p.errors} />
            <button type="submit" class="button">
              Spara registeruppgifter
            </button>
          </form>
        </details>
      ) : (
        <dl class="details">
          <dt>Inkom eller upprättad</dt>
          <dd>{doc.received_date ?? '–'}</dd>
          <dt>Diarienummer</dt>
          <dd>{doc.diarienummer ?? '–'}</dd>
          <dt>Avsändare eller mottagare</dt>
          <dd>{doc.counterpart ?? '–'}</dd>
        </dl>
      )}

      <h2>Sekretessmarkering</h2>
      {p.marks.length === 0 ? <p class="muted">Handlingen är inte sekretessmarkerad.</p> : null}
      <ul class="plain-list">
        {p.marks.map((m) => (
          <li class="mark-row">
            {m.lifted_at ? <del>{m.provision}</del> : <strong>{m.provision}</strong>} – markerad {formatDateTime(m.marked_at)} av {m.marked_by_name}
            {m.lifted_at ? ` · hävd ${formatDateTime(m.lifted_at)}: ${m.lift_reason}` : null}
            {!m.lifted_at && p.canMark ? (
              <form method="post" action={`/documents/${doc.id}/secrecy-marks/${m.id}/lift`} class="inline-form lift-form" novalidate>
                <label for={`reason-${m.id}`}>Skäl att häva</label>{' '}
                <input id={`reason-${m.id}`} name="reason" type="text" />{' '}
                <button type="submit" class="button button--small button--secondary">
                  Häv markeringen
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {p.canMark ? (
        <form method="post" action={`/documents/${doc.id}/secrecy-marks`} novalidate class="narrow">
          <SelectField
            name="provision"
            label="Markera med bestämmelse (OSL 5 kap. 5 §)"
            options={p.provisions.map((x) => ({ value: x.label, label: `${x.label} – ${x.shortName}` }))}
            placeholder="Välj bestämmelse"
            value={p.input?.provision}
            errors={p.errors}
          />
          <button type="submit" class="button button--secondary">
            Sekretessmarkera
          </button>
        </form>
      ) : null}

      {p.earlier.length ? (
        <section aria-labelledby="earlier-heading" class="earlier">
          <h2 id="earlier-heading">Samma fil i tidigare begäranden</h2>
          <p>Samma fil (samma SHA-256) finns i andra begäranden. Se hur den bedömdes då, så att besluten blir konsekventa.</p>
          <ul class="plain-list">
            {p.earlier.map((e) => (
              <li>
                <a href={`/requests/${e.request_id}`}>{e.reference}</a> – <a href={`/documents/${e.document_id}`}>handlingen där</a>
                {e.active_mark ? ` – sekretessmarkerad enligt ${e.active_mark}` : ' – ej sekretessmarkerad'}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2 id="findings-heading">Personuppgifter som hittats</h2>
      <p class="muted">Förslag från den automatiska sökningen. Personuppgifter är inte sekretessbelagda i sig: du bedömer om en bestämmelse i OSL är tillämplig.</p>
      {p.findings.length === 0 ? (
        <p>Inga personuppgifter hittades.</p>
      ) : (
        <>
          <table class="table table--compact">
            <caption class="visually-hidden">Antal fynd per typ</caption>
            <thead>
              <tr>
                <th scope="col">Typ</th>
                <th scope="col">Antal</th>
              </tr>
            </thead>
            <tbody>
              {[...counts.entries()].map(([t, n]) => (
                <tr>
                  <td>
                    <a href={`/documents/${doc.id}?typ=${encodeURIComponent(t)}#text`}>{typeLabel(t)}</a>
                  </td>
                  <td>{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <form method="get" action={`/documents/${doc.id}`} class="filter-form">
            <label for="typ">Visa fynd av typ</label>{' '}
            <select id="typ" name="typ">
              <option value="">Alla typer</option>
              {[...counts.keys()].map((t) => (
                <option value={t} selected={t === p.filterType}>
                  {typeLabel(t)}
                </option>
              ))}
            </select>{' '}
            <button type="submit" class="button button--small button--secondary">
              Visa
            </button>
          </form>
          <p class="muted">Tabb flyttar från fynd till fynd i texten; förklaringen visas när fyndet har fokus.</p>
        </>
      )}

      {p.renderedMarkdown !== undefined ? (
        <details class="rendered">
          <summary>Visa som formaterad text</summary>
          {/* Sanitised by src/text/markdown.ts (marked, then sanitize-html) before it reaches here. */}
          <div class="markdown">{raw(p.renderedMarkdown)}</div>
        </details>
      ) : null}

      <h2 id="text">Text{p.filterType ? ` – visar ${typeLabel(p.filterType).toLowerCase()}` : ''}</h2>
      <div class="document-text">
        {pages.map((pg) => (
          <section class="page" aria-label={`Sida ${pg.number}`}>
            {pages.length > 1 ? <h3 class="page__number">Sida {pg.number}</h3> : null}
            {pg.needs_ocr && pg.end > pg.start ? (
              <p class="page__ocr">Inskannad sida: texten är läst med OCR och kan ha fel. Jämför med sidbilden i sidvyn.</p>
            ) : null}
            {pg.needs_ocr && pg.end === pg.start ? (
              <p class="page__ocr">Sidan saknar text (troligen inskannad) – behöver OCR innan den kan granskas.</p>
            ) : (
              <pre class="page__text">
                <Highlighted text={p.text} start={pg.start} end={pg.end} findings={shown.filter((f) => f.end > pg.start && f.start < pg.end)} />
              </pre>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
