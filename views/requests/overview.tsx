// The overview of requests (begäranden): filters, search and the list, most urgent first; the list alone is the htmx fragment.
import { channels, statuses } from '../../src/domain/disclosureRequest.ts';
import { channelLabels, statusLabels } from '../../src/text/requestTexts.ts';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { excerpt, formatDateTime } from './format.ts';

export interface OverviewFilters {
  state: string;
  mine: boolean;
  overdue: boolean;
  channel: string;
  q: string;
}

export interface OverviewRow {
  id: number;
  reference: string;
  receivedAt: string;
  description: string;
  channel: keyof typeof channelLabels;
  status: keyof typeof statusLabels;
  dueAt: string | null;
  overdue: boolean;
  isLarge: boolean;
  handlerName: string | null;
  diarienummer: string | null;
}

export interface OverviewProps {
  filters: OverviewFilters;
  rows: OverviewRow[];
  page: number;
  pageSize: number;
  /** All matches, known on the last page only (null: more pages follow). */
  total: number | null;
  hasMore: boolean;
  canRegister: boolean;
  /** Appeals waiting to be forwarded to kammarrätten, with their clock (FL 46 §). */
  appealsToForward?: Array<{ requestId: number; reference: string; receivedAt: string; forwardBy: string; overdue: boolean }>;
}

/** The query string for these filters (and a page), as the GET form would send it. */
export function filterQuery(f: OverviewFilters, page?: number): string {
  const p = new URLSearchParams();
  if (f.state && f.state !== 'open') p.set('status', f.state);
  if (f.mine) p.set('mine', '1');
  if (f.overdue) p.set('overdue', '1');
  if (f.channel) p.set('channel', f.channel);
  if (f.q) p.set('q', f.q);
  if (page && page > 1) p.set('page', String(page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function RequestsPage(p: OverviewProps) {
  const f = p.filters;
  return (
    <>
      <div class="page-head">
        <h1>Begäranden</h1>
        {p.canRegister ? (
          <a class="button" href="/requests/new" id="register-link">
            Registrera begäran
          </a>
        ) : null}
      </div>
      {p.appealsToForward?.length ? (
        <section aria-labelledby="appeals-heading" class="notice">
          <h2 id="appeals-heading">Överklaganden att lämna över till kammarrätten</h2>
          <p class="small">Pröva om överklagandet kom in i tid och ompröva beslutet, och lämna sedan över skyndsamt (45–46 §§ förvaltningslagen).</p>
          <ul class="plain-list">
            {p.appealsToForward.map((a) => (
              <li>
                <a href={`/requests/${a.requestId}/decision#appeals`}>{a.reference}</a>: inkom {a.receivedAt}, lämnas över senast{' '}
                <strong>{a.forwardBy}</strong>
                {a.overdue ? (
                  <>
                    {' '}
                    <strong class="badge badge--overdue">Försenad</strong>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* htmx 4 only enhances (STYLE.md 10): without JavaScript this GET form reloads the page. The
          attributes sit on the form itself, so no inheritance (hx-target:inherited) is involved. */}
      <form
        method="get"
        action="/requests"
        class="filters"
        id="request-filters"
        role="search"
        aria-label="Filtrera begäranden"
        hx-get="/requests"
        hx-trigger="submit, change, input delay:300ms from:#q"
        hx-target="#request-results"
        hx-swap="outerHTML"
        hx-push-url="true"
      >
        <div class="field">
          <label for="q">Sök</label>
          <input type="search" id="q" name="q" value={f.q} aria-describedby="q-hint" />
          <p class="field__hint" id="q-hint">
            Insyns referens (2026/0042), diariets diarienummer, beskrivning eller anteckning.
          </p>
        </div>
        <div class="field">
          <label for="status">Status</label>
          <select id="status" name="status">
            <option value="open" selected={f.state === 'open'}>
              Alla öppna
            </option>
            {statuses.map((s) => (
              <option value={s} selected={f.state === s}>
                {statusLabels[s]}
              </option>
            ))}
            <option value="all" selected={f.state === 'all'}>
              Alla
            </option>
          </select>
        </div>
        <div class="field">
          <label for="channel">Kanal</label>
          <select id="channel" name="channel">
            <option value="">Alla kanaler</option>
            {channels.map((c) => (
              <option value={c} selected={f.channel === c}>
                {channelLabels[c]}
              </option>
            ))}
          </select>
        </div>
        <div class="field checkboxes">
          <div class="checkbox">
            <input type="checkbox" id="mine" name="mine" value="1" checked={f.mine} />
            <label for="mine">Bara mina</label>
          </div>
          <div class="checkbox">
            <input type="checkbox" id="overdue" name="overdue" value="1" checked={f.overdue} />
            <label for="overdue">Bara försenade</label>
          </div>
        </div>
        <button type="submit" class="button button--secondary" id="filter-submit">
          Visa
        </button>
      </form>
      <RequestResults {...p} />
    </>
  );
}

function countText(p: OverviewProps): string {
  if (p.rows.length === 0) return p.page > 1 ? 'Inga fler begäranden på den här sidan.' : 'Inga begäranden matchar.';
  const from = (p.page - 1) * p.pageSize + 1;
  const to = from + p.rows.length - 1;
  return p.total === null ? `Visar ${from}–${to}, fler finns på nästa sida.` : `Visar ${from}–${to} av ${p.total.toLocaleString('sv-SE')}.`;
}

/** The results region: the same component for the full page and the htmx fragment (STYLE.md 9). */
export function RequestResults(p: OverviewProps) {
  const q = filterQuery(p.filters);
  return (
    <section id="request-results" aria-labelledby="results-heading">
      <h2 id="results-heading" class="visually-hidden">
        Resultat
      </h2>
      <p role="status" id="results-count">
        {countText(p)}{' '}
        <a href={`/requests/export.csv${q}`} id="export-link">
          Exportera som CSV
        </a>
      </p>
      {p.rows.length ? (
        <table class="table" id="request-table">
          <caption class="visually-hidden">Begäranden, mest brådskande först</caption>
          <thead>
            <tr>
              <th scope="col">Referens</th>
              <th scope="col">Svar senast</th>
              <th scope="col">Status</th>
              <th scope="col">Vad begärs</th>
              <th scope="col">Inkom</th>
              <th scope="col">Kanal</th>
              <th scope="col">Handläggare</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map(resultRow)}
          </tbody>
        </table>
      ) : null}
      {p.page > 1 || p.hasMore ? (
        <nav aria-label="Sidor" class="pagination">
          {p.page > 1 ? (
            <a
              href={`/requests${filterQuery(p.filters, p.page - 1)}`}
              hx-get={`/requests${filterQuery(p.filters, p.page - 1)}`}
              hx-target="#request-results"
              hx-swap="outerHTML"
              hx-push-url="true"
              rel="prev"
            >
              Föregående sida
            </a>
          ) : null}
          {p.hasMore ? (
            <a
              href={`/requests${filterQuery(p.filters, p.page + 1)}`}
              hx-get={`/requests${filterQuery(p.filters, p.page + 1)}`}
              hx-target="#request-results"
              hx-swap="outerHTML"
              hx-push-url="true"
              rel="next"
            >
              Nästa sida
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

/**
 * One row of the results table, written with hono's html helper instead of JSX: the same markup
 * (every value escaped as JSX escapes it; the page HTML is byte for byte what the JSX gave), but one
 * template per row instead of some fifteen JSX nodes, which were most of an overview's rendering
 * time (bench:server profile; a page has 50 rows).
 */
function resultRow(r: OverviewRow): HtmlEscapedString {
  return html`<tr data-request-id="${r.id}"${r.overdue ? html` class="row--overdue"` : ''}><td><a href="/requests/${r.id}">${r.reference}</a>${
    r.diarienummer ? html`<div class="muted small">Dnr ${r.diarienummer}</div>` : ''
  }</td><td>${r.dueAt ? html`<time datetime="${r.dueAt}">${formatDateTime(r.dueAt)}</time>` : html`<span class="muted">–</span>`}${
    r.overdue ? html` <strong class="badge badge--overdue">Försenad</strong>` : ''
  }${r.isLarge ? html` <span class="badge">Omfattande</span>` : ''}</td><td>${statusLabels[r.status]}</td><td>${excerpt(r.description, 100)}</td><td><time datetime="${
    r.receivedAt
  }">${formatDateTime(r.receivedAt)}</time></td><td>${channelLabels[r.channel]}</td><td>${r.handlerName ?? html`<span class="muted">Ingen</span>`}</td></tr>` as HtmlEscapedString;
}
