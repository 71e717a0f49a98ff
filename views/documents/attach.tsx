// Attaching handlingar to a request: upload files or paste text, and watch the imports' progress.
import type { ImportJobRow } from '../../src/db/documents.ts';
import { ErrorSummary, type FieldErrors, TextField } from '../components.tsx';
import { formatBytes } from './labels.ts';

export interface AttachPageProps {
  requestId: number;
  reference: string;
  jobs: ImportJobRow[];
  errors?: FieldErrors;
  refused?: Array<{ fileName: string; message: string }>;
  pasted?: { title?: string; text?: string };
  maxFileMb: number;
}

/**
 * The import list. While any job is queued or running it polls itself every second with htmx
 * (the same component is the fragment); without JavaScript the "Uppdatera" link does the same.
 */
export function ImportList({ requestId, jobs }: { requestId: number; jobs: ImportJobRow[] }) {
  const active = jobs.some((j) => j.status === 'queued' || j.status === 'running');
  const url = `/requests/${requestId}/imports`;
  return (
    <section
      id="imports"
      aria-labelledby="imports-heading"
      hx-get={active ? url : undefined}
      hx-trigger={active ? 'every 1s' : undefined}
      hx-swap={active ? 'outerHTML' : undefined}
    >
      <h2 id="imports-heading">Inläsning</h2>
      {jobs.length === 0 ? (
        <p class="muted">Inga filer har bifogats ännu.</p>
      ) : (
        <ul class="import-list" aria-live="polite">
          {jobs.map((j) => (
            <li class={`import import--${j.status}`}>
              <span class="import__name">{j.file_name}</span> <span class="muted">({formatBytes(j.byte_size)})</span>{' '}
              {j.status === 'queued' ? (
                <span>I kö</span>
              ) : j.status === 'running' ? (
                <span>
                  Läses in{j.progress_total > 1 ? `: sida ${j.progress_done} av ${j.progress_total}` : ''}{' '}
                  <progress max={Math.max(j.progress_total, 1)} value={j.progress_done}>
                    {j.progress_done} av {j.progress_total}
                  </progress>
                </span>
              ) : j.status === 'done' ? (
                <span>
                  Klar – <a href={`/documents/${j.document_id}`}>öppna handlingen</a>
                  {j.notice ? <span class="import__notice"> {j.notice}</span> : null}
                </span>
              ) : (
                <span class="import__error">
                  <strong>Fel:</strong> {j.error_message}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {active ? (
        <p>
          Du kan lämna sidan; inläsningen fortsätter. <a href={url}>Uppdatera</a>
        </p>
      ) : null}
    </section>
  );
}

export function AttachPage(p: AttachPageProps) {
  const errors: FieldErrors = [...(p.errors ?? []), ...(p.refused ?? []).map((r) => ({ field: 'files', message: `${r.fileName}: ${r.message}` }))];
  return (
    <>
      <p>
        <a href={`/requests/${p.requestId}`}>← Tillbaka till begäran {p.reference}</a>
      </p>
      <h1>Bifoga handlingar till {p.reference}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/requests/${p.requestId}/documents`} enctype="multipart/form-data" novalidate>
        <div class={`field${errors.some((e) => e.field === 'files') ? ' field--error' : ''}`}>
          <label for="files">Filer</label>
          <p class="field__hint" id="files-hint">
            Du kan välja flera filer på en gång: .txt, .md, .eml, .docx och .pdf, högst {p.maxFileMb} MB per fil. Bilagor i e-post blir egna
            handlingar. Personuppgifter markeras automatiskt som förslag – det är du som bedömer.
          </p>
          <input id="files" name="files" type="file" multiple accept=".txt,.md,.eml,.docx,.pdf" aria-describedby="files-hint" />
        </div>
        <button type="submit" class="button">
          Bifoga filer
        </button>
      </form>

      <ImportList requestId={p.requestId} jobs={p.jobs} />

      <h2 id="paste-heading">Klistra in text</h2>
      <form method="post" action={`/requests/${p.requestId}/documents/text`} novalidate aria-labelledby="paste-heading">
        <TextField name="title" label="Rubrik" value={p.pasted?.title} errors={p.errors} hint="Till exempel ”E-post från kund 2026-11-20”." />
        <TextField name="text" label="Text" multiline rows={10} value={p.pasted?.text} errors={p.errors} />
        <button type="submit" class="button button--secondary">
          Spara texten som handling
        </button>
      </form>
    </>
  );
}
