// Sekretessprövning of one handling: the text with findings and maskeringar, the ways to propose maskeringar,
// the list of proposals with their decisions, the assessment, the leak guard and the four-eyes approval.
import { approveLabel, count } from '../../src/text/counts.ts';
import type { Who } from '../../src/domain/command.ts';
import { canApproveRedaction, canChangeRedaction, canRejectRedaction } from '../../src/domain/redactionPolicy.ts';
import type { FindingRow } from '../../src/db/documents.ts';
import type { ProvisionRow } from '../../src/db/provisions.ts';
import { isTextRedaction, type AssessmentView, type LeakExemptionRow, type RedactionAreaRow, type RedactionStatus, type RedactionView, type TextRedactionView } from '../../src/db/redactions.ts';
import { assessmentLabels, assessmentOutcomes } from '../../src/domain/secrecyAssessment.ts';
import { activityWarning, harmTestLabels, harmTestQuestions } from '../../src/domain/provisions.ts';
import { activityLabels, type Activity } from '../../src/domain/organisation.ts';
import { questionGroundLabels, questionGrounds } from '../../src/domain/reviewQuestions.ts';
import type { ReviewQuestionRow } from '../../src/db/reviewQuestions.ts';
import { ErrorSummary, errorFor, type FieldErrors, Notice, RadioField } from '../components.tsx';
import { formatDateTime as formatStockholm } from '../requests/format.ts';
import { typeLabel } from '../documents/labels.ts';
import { Input, ProvisionSelect, ScopeRadios } from './fields.tsx';
import { FieldLeakChoices, type FieldLeakView } from '../leakChoices.tsx';

/** "Sida 2, 72–180 × 100–130 pt": where an area stands, in the coordinates the form takes. */
export const areaLabel = (a: { page: number; x0: number; y0: number; x1: number; y1: number }) =>
  `Sida ${a.page}, ${Math.round(a.x0)}–${Math.round(a.x1)} × ${Math.round(a.y0)}–${Math.round(a.y1)} pt`;

/** Page and rectangle of an area, in points from the top-left corner of the page as displayed. */
export function AreaFields({ prefix, pages, input, errors }: { prefix: string; pages: Array<{ number: number }>; input: Record<string, string | string[]>; errors?: FieldErrors }) {
  const pageErr = errorFor(errors, `${prefix}-page`);
  return (
    <fieldset class="area-fields">
      <legend>Sida och ruta</legend>
      <div class={`field${pageErr ? ' field--error' : ''}`}>
        <label for={`${prefix}-page`}>Sida</label>
        {pageErr ? (
          <p class="field__error" id={`${prefix}-page-error`}>
            <span class="visually-hidden">Fel: </span>
            {pageErr}
          </p>
        ) : null}
        <select id={`${prefix}-page`} name="page" aria-describedby={pageErr ? `${prefix}-page-error` : undefined}>
          {pages.map((pg) => (
            <option value={String(pg.number)} selected={str(input[`${prefix}-page`]) === String(pg.number)}>
              Sida {pg.number}
            </option>
          ))}
        </select>
      </div>
      <Input id={`${prefix}-x0`} name="x0" label="Vänster kant (punkter från vänster)" value={str(input[`${prefix}-x0`])} errors={errors} />
      <Input id={`${prefix}-y0`} name="y0" label="Övre kant (punkter uppifrån)" value={str(input[`${prefix}-y0`])} errors={errors} />
      <Input id={`${prefix}-x1`} name="x1" label="Höger kant (punkter från vänster)" value={str(input[`${prefix}-x1`])} errors={errors} />
      <Input id={`${prefix}-y1`} name="y1" label="Nedre kant (punkter uppifrån)" value={str(input[`${prefix}-y1`])} errors={errors} />
    </fieldset>
  );
}

export const redactionStatusLabels: Record<RedactionStatus, string> = {
  proposed: 'Föreslagen',
  approved: 'Godkänd',
  rejected: 'Avslagen',
  withdrawn: 'Tillbakadragen',
};

/** A leak-guard hit as the page shows it: where, with a little context, and the provision to mask it by. */
export interface LeakView {
  documentId: number;
  documentName: string;
  start: number;
  end: number;
  kind: 'remains_in_released' | 'unmasked_elsewhere';
  before: string;
  hit: string;
  after: string;
  /** The provision of the maskering whose text this is, preselected for "maskera även här". */
  provisionId: number | null;
}

export interface SecrecyPageProps {
  doc: { id: number; request_id: number; description: string; file_name: string };
  reference: string;
  text: string;
  pages: Array<{ number: number; start: number; end: number; needs_ocr: number }>;
  findings: FindingRow[];
  redactions: RedactionView[];
  /** Where maskeringar stand on the pages of a PDF handling: area maskeringar and those placed by hand. */
  areas?: RedactionAreaRow[];
  /** A PDF handling: its pages can take area maskeringar. */
  pdfPages?: Array<{ number: number }>;
  /** words OCR read with low confidence on scanned pages (shown in the workspace) */
  uncertainOcrWords?: number;
  /** The last release attempt of this PDF handling could not place these maskeringar on its pages. */
  unplaced?: Array<{ key: number; pages: number[] }>;
  /** The second reader's problems with the last release attempt. */
  pdfProblems?: Array<{ page?: number; maskedText?: string; message: string }>;
  /** Active provisions, offered for new choices. */
  provisions: ProvisionRow[];
  /** Every provision, retired too, to name those on earlier decisions. */
  allProvisions: ProvisionRow[];
  assessments: AssessmentView[];
  /** The neutral title proposed for the handling (kind and date), when no assessment has one. */
  proposedPublicTitle: string;
  /** Masked text the leak guard found in the public title typed. */
  titleLeaks?: FieldLeakView[];
  released: { approvedAt: string; approvedByName: string; mode: string } | null;
  leaks: LeakView[];
  exemptions: LeakExemptionRow[];
  user: Who;
  can: {
    /** The request is open for changes (requestPolicy canChangeCase); false once decided. */
    open: boolean;
    propose: boolean;
    assess: boolean;
    /** null: may approve; otherwise why not (shown instead of the button). */
    approveBlocked: string | null;
    reviewer: boolean;
    diff: boolean;
  };
  allowSelfApproval: boolean;
  /** Activities the organisation runs (settings): an activity-bound provision outside them is warned about. */
  activities: readonly Activity[];
  /** Questions to the requester during the review, each tied to its provision (TF 2 kap. 18 §). */
  questions: ReviewQuestionRow[];
  /** Every maskering in the table, not only the first MAX_REDACTION_ROWS. */
  showAllRedactions?: boolean;
  errors?: FieldErrors;
  input?: Record<string, string | string[]>;
  notice?: string;
}

const str = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/**
 * The text split at every boundary of a finding or live maskering. Each run of the original sits in
 * its own element with data-o (its offset), holding one text node: app.js turns a mouse or keyboard
 * selection into offsets from these, and nothing else inside the text carries data-o.
 */
function MarkedText({ text, start, end, findings, redactions }: { text: string; start: number; end: number; findings: FindingRow[]; redactions: TextRedactionView[] }) {
  const cuts = new Set<number>([start, end]);
  for (const x of [...findings, ...redactions]) {
    if (x.start > start && x.start < end) cuts.add(x.start);
    if (x.end > start && x.end < end) cuts.add(x.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Which redaction and finding cover each segment, marked item by item (linear in the text's
  // findings and maskeringar; a search per segment was quadratic on handlingar with 10 000 findings).
  const index = new Map(points.map((pt, i) => [pt, i]));
  const segRed: Array<TextRedactionView | undefined> = new Array(points.length);
  const segFinding: Array<FindingRow | undefined> = new Array(points.length);
  const mark = <T extends { start: number; end: number }>(items: T[], into: Array<T | undefined>, replace: (old: T, next: T) => boolean) => {
    for (const x of items) {
      const from = index.get(Math.max(x.start, start));
      const to = index.get(Math.min(x.end, end));
      if (from === undefined || to === undefined) continue;
      for (let i = from; i < to; i++) if (into[i] === undefined || replace(into[i]!, x)) into[i] = x;
    }
  };
  mark(redactions, segRed, (old, next) => old.status !== 'approved' && next.status === 'approved');
  mark(findings, segFinding, () => false);
  const parts: unknown[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    const piece = text.slice(s, e);
    const red = segRed[i];
    const f = segFinding[i];
    if (red) {
      parts.push(
        <mark class={`redaction redaction--${red.status}`} data-o={String(s)} title={`${redactionStatusLabels[red.status]} maskering, ${red.provision_label}`}>
          {piece}
        </mark>,
      );
    } else if (f) {
      parts.push(
        <mark class={`finding finding--${f.type}`} data-o={String(s)} title={typeLabel(f.type)}>
          {piece}
        </mark>,
      );
    } else {
      parts.push(<span data-o={String(s)}>{piece}</span>);
    }
  }
  return <>{parts}</>;
}

const MAX_FINDING_ROWS = 300;
const MAX_LEAK_ROWS = 50;
const MAX_REDACTION_ROWS = 200;

function excerpt(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function SecrecyPage(p: SecrecyPageProps) {
  const { doc, can } = p;
  const current = p.assessments[0] ?? null;
  const live = p.redactions.filter((r) => r.status === 'proposed' || r.status === 'approved');
  const proposed = p.redactions.filter((r) => r.status === 'proposed');
  // Four eyes per maskering: the approver's own proposals wait for another jurist (redactionPolicy canApproveRedaction).
  const mineWaiting = proposed.filter((r) => !canApproveRedaction(p.user, r, p.allowSelfApproval)).length;
  const labelOf = (id: number) => p.allProvisions.find((x) => x.id === id)?.label ?? `#${id}`;
  const counts = new Map<string, number>();
  for (const f of p.findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  const input = p.input ?? {};
  const pages = p.pages.length ? p.pages : [{ number: 1, start: 0, end: p.text.length, needs_ocr: 0 }];
  const liveText = live.filter(isTextRedaction);
  const covered = (f: FindingRow) => liveText.some((r) => r.start <= f.start && f.end <= r.end);
  // A handling can hold thousands of findings: the one-click list shows the unmasked ones first, capped.
  const shownFindings = [...p.findings.filter((f) => !covered(f)).slice(0, MAX_FINDING_ROWS)];
  if (shownFindings.length < MAX_FINDING_ROWS) shownFindings.push(...p.findings.filter(covered).slice(0, MAX_FINDING_ROWS - shownFindings.length));
  const shownLeaks = p.leaks.slice(0, MAX_LEAK_ROWS);
  // Each row carries its forms; on a handling with thousands of maskeringar the page would weigh megabytes.
  const byStatus = (r: RedactionView) => ['proposed', 'approved', 'rejected', 'withdrawn'].indexOf(r.status);
  const shownRedactions = p.showAllRedactions
    ? p.redactions
    : [...p.redactions]
        .sort((a, b) => byStatus(a) - byStatus(b) || (a.start ?? -1) - (b.start ?? -1))
        .slice(0, MAX_REDACTION_ROWS)
        .sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || a.id - b.id);
  const chosenProvisions = (Array.isArray(input.provisionIds) ? input.provisionIds : input.provisionIds ? [input.provisionIds] : null) ??
    (current ? (JSON.parse(current.provision_ids) as number[]).map(String) : []);
  const assessmentErr = (f: string) => errorFor(p.errors, `assessment-${f}`);
  const circumstancesOf = (a: { circumstances: string }): Record<string, string> => JSON.parse(a.circumstances || '{}') as Record<string, string>;
  const currentCircumstances = current ? circumstancesOf(current) : {};
  const provisionById = (id: number) => p.allProvisions.find((x) => x.id === id);
  // An activity-bound provision (OSL 22:1, 25:1, 26:1) used outside the organisation's activities is warned about, never refused.
  const warnings = current
    ? (JSON.parse(current.provision_ids) as number[]).map((id) => provisionById(id)).flatMap((x) => (x ? [activityWarning(x, { activities: p.activities })] : [])).filter((w): w is string => !!w)
    : [];

  return (
    <>
      <p>
        <a href={`/documents/${doc.id}`}>← Tillbaka till handlingen</a> · <a href={`/requests/${doc.request_id}`}>begäran {p.reference}</a> ·{' '}
        <a href={`/requests/${doc.request_id}/secrecy`}>alla handlingars prövning</a>
      </p>
      <h1>Sekretessprövning: {doc.description}</h1>
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      <ErrorSummary errors={p.errors} />

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Prövningens status</h2>
        <dl class="details">
          <dt>Sekretessprövning</dt>
          <dd>
            {current
              ? `${assessmentLabels[current.outcome]} – ${current.assessed_by_name}, ${formatStockholm(current.assessed_at)}`
              : 'Inte gjord'}
          </dd>
          <dt>Maskeringar</dt>
          <dd>
            {count(proposed.length, 'föreslagen', 'föreslagna')}, {count(p.redactions.filter((r) => r.status === 'approved').length, 'godkänd', 'godkända')}
          </dd>
          <dt>Utlämnad version</dt>
          <dd>
            {p.released ? `Godkänd ${formatStockholm(p.released.approvedAt)} av ${p.released.approvedByName}` : 'Ingen godkänd ännu'}
            {can.diff ? (
              <>
                {' '}
                – <a href={`/documents/${doc.id}/diff`}>jämför original och utlämnad version</a>
              </>
            ) : null}
          </dd>
        </dl>
        <nav aria-label="På sidan">
          <ul class="inline-list">
            <li>
              <a href="#text">Text</a>
            </li>
            <li>
              <a href="#redactions-heading">Maskeringar</a>
            </li>
            {can.assess ? (
              <li>
                <a href="#assessment-heading">Sekretessprövning</a>
              </li>
            ) : null}
            <li>
              <a href="#approval-heading">Godkännande</a>
            </li>
          </ul>
        </nav>
      </section>

      {p.leaks.length ? (
        <section aria-labelledby="leaks-heading" class="leaks" id="leaks">
          <h2 id="leaks-heading">Läckagekontroll: {p.leaks.length === 1 ? 'en förekomst' : `${p.leaks.length} förekomster`} att åtgärda</h2>
          <p>
            Text som är maskerad står kvar oskyddad här. Maskera även här, eller skriv varför den får lämnas ut just här (till exempel sökandens egna
            uppgifter, OSL 12 kap. 1 §). Godkännandet är spärrat tills alla är åtgärdade.
          </p>
          {p.leaks.length > shownLeaks.length ? (
            <p>
              Visar de {shownLeaks.length} första. Har samma text många förekomster, maskera alla på en gång med ”Maskera alla förekomster” i listan
              över maskeringar.
            </p>
          ) : null}
          <ol class="leak-list">
            {shownLeaks.map((l, i) => (
              <li class="leak">
                <p>
                  <strong>{l.documentId === doc.id ? 'I den här handlingen' : <a href={`/documents/${l.documentId}/secrecy`}>{l.documentName}</a>}</strong>
                  {l.kind === 'remains_in_released' ? ' – finns kvar i den utlämnade versionen' : ' – står omaskerad'}
                </p>
                <p class="leak__context">
                  …{l.before}
                  <mark class="leak__hit">{l.hit}</mark>
                  {l.after}…
                </p>
                {can.propose ? (
                  <form method="post" action={`/documents/${l.documentId}/redactions`} class="leak__form" novalidate>
                    <input type="hidden" name="kind" value="span" />
                    <input type="hidden" name="form" value={`leak${i}`} />
                    <input type="hidden" name="start" value={String(l.start)} />
                    <input type="hidden" name="end" value={String(l.end)} />
                    <input type="hidden" name="back" value={String(doc.id)} />
                    <ProvisionSelect id={`leak${i}-provisionId`} label="Bestämmelse" provisions={p.provisions} value={str(input[`leak${i}-provisionId`]) ?? (l.provisionId ? String(l.provisionId) : undefined)} errors={p.errors} />
                    <button type="submit" class="button button--small">
                      Maskera även här
                    </button>
                  </form>
                ) : null}
                {can.reviewer ? (
                  <form method="post" action={`/documents/${doc.id}/leak-exemptions`} class="leak__form" novalidate>
                    <input type="hidden" name="form" value={`exempt${i}`} />
                    <input type="hidden" name="documentId" value={String(l.documentId)} />
                    <input type="hidden" name="start" value={String(l.start)} />
                    <input type="hidden" name="end" value={String(l.end)} />
                    <Input id={`exempt${i}-reason`} name="reason" label="Skäl att lämna ut här" value={str(input[`exempt${i}-reason`])} errors={p.errors} />
                    <button type="submit" class="button button--small button--secondary">
                      Lämna ut här, med skäl
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <h2 id="text">Text</h2>
      <p class="muted">
        <span class="legend legend--proposed">Föreslagen maskering</span> <span class="legend legend--approved">Godkänd maskering</span>{' '}
        <span class="legend legend--finding">Fynd</span>
      </p>
      <div class="document-text" data-redaction-text>
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
                <MarkedText
                  text={p.text}
                  start={pg.start}
                  end={pg.end}
                  findings={p.findings.filter((f) => f.end > pg.start && f.start < pg.end)}
                  redactions={liveText.filter((r) => r.end > pg.start && r.start < pg.end)}
                />
              </pre>
            )}
          </section>
        ))}
      </div>

      {can.propose ? (
        <section aria-labelledby="propose-heading">
          <h2 id="propose-heading">Föreslå maskeringar</h2>
          <p class="muted">
            Personuppgifter är inte sekretessbelagda i sig. Varje maskering ska vila på en bestämmelse i OSL; en jurist prövar och godkänner förslagen.
          </p>

          {/* Shown by app.js, which fills start and end from the selection in the text below. */}
          <form method="post" action={`/documents/${doc.id}/redactions`} novalidate class="narrow selection-form" id="selection-form" data-selection-form hidden>
            <h3>Maskera markerad text</h3>
            <input type="hidden" name="kind" value="span" />
            <input type="hidden" name="form" value="selection" />
            <input type="hidden" name="start" value={str(input.start) ?? ''} />
            <input type="hidden" name="end" value={str(input.end) ?? ''} />
            <div class={`field${errorFor(p.errors, 'selection-selection') ? ' field--error' : ''}`}>
              <p class="field__hint" id="selection-selection">
                Markera text i handlingen nedan med musen eller tangentbordet.
              </p>
              {errorFor(p.errors, 'selection-selection') ? (
                <p class="field__error">
                  <span class="visually-hidden">Fel: </span>
                  {errorFor(p.errors, 'selection-selection')}
                </p>
              ) : null}
              <p aria-live="polite">
                Markerat: <q data-selection-readout>ingenting</q>
              </p>
            </div>
            <ProvisionSelect id="selection-provisionId" label="Bestämmelse" provisions={p.provisions} value={str(input['selection-provisionId'])} errors={p.errors} />
            <Input id="selection-motivering" name="motivering" label="Motivering" optional value={str(input['selection-motivering'])} errors={p.errors} />
            <button type="submit" class="button">
              Maskera markeringen
            </button>
          </form>

          {p.findings.length ? (
            <form method="post" action={`/documents/${doc.id}/redactions`} novalidate id="finding-form">
              <h3>Fynd i handlingen</h3>
              <input type="hidden" name="kind" value="finding" />
              <input type="hidden" name="form" value="finding" />
              <div class="form-row">
                <ProvisionSelect id="finding-provisionId" label="Bestämmelse för fynden du maskerar" provisions={p.provisions} value={str(input['finding-provisionId'])} errors={p.errors} />
                <Input id="finding-motivering" name="motivering" label="Motivering" optional value={str(input['finding-motivering'])} errors={p.errors} />
              </div>
              <table class="table table--compact" id="findings">
                <caption>
                  Välj bestämmelse ovan och maskera ett fynd med ett klick.
                  {p.findings.length > shownFindings.length
                    ? ` Visar ${shownFindings.length} av ${p.findings.length} fynd, de omaskerade först; maskera många på en gång med ”Alla fynd av en typ”.`
                    : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Typ</th>
                    <th scope="col">Text</th>
                    <th scope="col">Maskera</th>
                  </tr>
                </thead>
                <tbody>
                  {shownFindings.map((f) => (
                    <tr>
                      <td>{typeLabel(f.type)}</td>
                      <td>{excerpt(p.text.slice(f.start, f.end), 60)}</td>
                      <td>
                        {covered(f) ? (
                          <span class="muted">Maskering finns</span>
                        ) : (
                          <button type="submit" class="button button--small" name="findingId" value={String(f.id)}>
                            Maskera<span class="visually-hidden"> {typeLabel(f.type).toLowerCase()} {excerpt(p.text.slice(f.start, f.end), 40)}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </form>
          ) : null}

          {counts.size ? (
            <form method="post" action={`/documents/${doc.id}/redactions`} novalidate class="narrow">
              <h3>Alla fynd av en typ</h3>
              <input type="hidden" name="kind" value="finding_type" />
              <input type="hidden" name="form" value="type" />
              <div class={`field${errorFor(p.errors, 'type-type') ? ' field--error' : ''}`}>
                <label for="type-type">Typ av fynd</label>
                {errorFor(p.errors, 'type-type') ? (
                  <p class="field__error" id="type-type-error">
                    <span class="visually-hidden">Fel: </span>
                    {errorFor(p.errors, 'type-type')}
                  </p>
                ) : null}
                <select id="type-type" name="type">
                  <option value="">Välj typ</option>
                  {[...counts.entries()].map(([t, n]) => (
                    <option value={t} selected={str(input['type-type']) === t}>
                      {typeLabel(t)} ({n} i handlingen)
                    </option>
                  ))}
                </select>
              </div>
              <ScopeRadios id="type-scope" value={str(input['type-scope'])} />
              <ProvisionSelect id="type-provisionId" label="Bestämmelse" provisions={p.provisions} value={str(input['type-provisionId'])} errors={p.errors} />
              <Input id="type-motivering" name="motivering" label="Motivering" optional value={str(input['type-motivering'])} errors={p.errors} />
              <button type="submit" class="button">
                Maskera alla av typen
              </button>
            </form>
          ) : null}

          <form method="post" action={`/documents/${doc.id}/redactions`} novalidate class="narrow" id="text-form">
            <h3>Maskera text</h3>
            <input type="hidden" name="kind" value="text" />
            <input type="hidden" name="form" value="text" />
            <Input
              id="text-text"
              name="text"
              label="Text att maskera"
              hint="Skriv eller klistra in texten exakt som den står. Varje förekomst föreslås, oavsett stora och små bokstäver."
              value={str(input['text-text'])}
              errors={p.errors}
            />
            <ScopeRadios id="text-scope" value={str(input['text-scope'])} />
            <ProvisionSelect id="text-provisionId" label="Bestämmelse" provisions={p.provisions} value={str(input['text-provisionId'])} errors={p.errors} />
            <Input id="text-motivering" name="motivering" label="Motivering" optional value={str(input['text-motivering'])} errors={p.errors} />
            <button type="submit" class="button">
              Maskera texten
            </button>
          </form>

        </section>
      ) : null}

      <section aria-labelledby="redactions-heading">
        <h2 id="redactions-heading">Maskeringar</h2>
        {p.redactions.length === 0 ? (
          <p class="muted">Inga maskeringar är föreslagna.</p>
        ) : (
          <table class="table" id="redactions">
            <caption class="visually-hidden">Maskeringar i handlingen</caption>
            <thead>
              <tr>
                <th scope="col">Text</th>
                <th scope="col">Bestämmelse</th>
                <th scope="col">Status</th>
                <th scope="col">Åtgärder</th>
              </tr>
            </thead>
            <tbody>
              {shownRedactions.map((r) => {
                const rid = `r${r.id}`;
                return (
                  <tr class={`redaction-row redaction-row--${r.status}`}>
                    <td>
                      {r.masked_text !== null ? (
                        <>
                          <span class="masked-text">{excerpt(r.masked_text)}</span>
                          <br />
                          <span class="muted">
                            tecken {r.start}–{r.end}
                          </span>
                        </>
                      ) : (
                        <span>Område på sidan</span>
                      )}
                      {(p.areas ?? [])
                        .filter((a) => a.redaction_id === r.id)
                        .map((a) => (
                          <>
                            <br />
                            <span class="muted">{areaLabel(a)}</span>
                            {/* What the leak guard looks for elsewhere (migration 0062); staff only. */}
                            {a.under_text !== null && (JSON.parse(a.under_text) as string[]).length ? (
                              <>
                                <br />
                                <span class="small">Text under rutan: </span>
                                <span class="masked-text">{excerpt((JSON.parse(a.under_text) as string[]).join(' / '))}</span>
                              </>
                            ) : null}
                          </>
                        ))}
                      {p.unplaced?.some((u) => u.key === r.id) ? (
                        <p class="error-message">
                          Maskeringen kunde inte placeras på sidan {p.unplaced.find((u) => u.key === r.id)!.pages.join(', ')}. Placera den för hand nedan.
                        </p>
                      ) : null}
                    </td>
                    <td>
                      {r.provision_label}
                      {r.motivering ? <p class="muted">{r.motivering}</p> : null}
                    </td>
                    <td>
                      {redactionStatusLabels[r.status]}
                      <br />
                      <span class="muted">
                        föreslagen av {r.proposed_by_name}
                        {r.decided_by_name && r.status !== 'withdrawn' ? `, ${redactionStatusLabels[r.status].toLowerCase()} av ${r.decided_by_name}` : ''}
                        {r.decision_reason ? `: ${r.decision_reason}` : ''}
                      </span>
                    </td>
                    <td>
                      {can.open && canChangeRedaction(p.user, r) ? (
                        <>
                          <details class="edit-box" open={!!p.errors?.some((e) => e.field.startsWith(`${rid}-`))}>
                            <summary>Ändra</summary>
                            <form method="post" action={`/documents/${doc.id}/redactions/${r.id}`} novalidate>
                              <input type="hidden" name="form" value={rid} />
                              <ProvisionSelect id={`${rid}-provisionId`} label="Bestämmelse" provisions={p.provisions} value={str(input[`${rid}-provisionId`]) ?? String(r.provision_id)} errors={p.errors} />
                              <Input id={`${rid}-motivering`} name="motivering" label="Motivering" optional value={str(input[`${rid}-motivering`]) ?? r.motivering ?? ''} errors={p.errors} />
                              <button type="submit" class="button button--small">
                                Spara ändringen
                              </button>
                            </form>
                          </details>
                          <form method="post" action={`/documents/${doc.id}/redactions/${r.id}/withdraw`} class="inline-form">
                            <button type="submit" class="button button--small button--secondary">
                              Dra tillbaka
                            </button>
                          </form>
                        </>
                      ) : null}
                      {can.open && canRejectRedaction(p.user, r, p.allowSelfApproval) ? (
                        <form method="post" action={`/documents/${doc.id}/redactions/${r.id}/reject`} novalidate class="reject-form">
                          <input type="hidden" name="form" value={rid} />
                          <Input id={`${rid}-reason`} name="reason" label="Skäl att avslå" value={str(input[`${rid}-reason`])} errors={p.errors} />
                          <button type="submit" class="button button--small button--warning">
                            Avslå
                          </button>
                        </form>
                      ) : null}
                      {(r.status === 'proposed' || r.status === 'approved') && can.propose && r.masked_text !== null ? (
                        <form method="post" action={`/documents/${doc.id}/redactions`} class="inline-form">
                          <input type="hidden" name="kind" value="occurrences" />
                          <input type="hidden" name="form" value={rid} />
                          <input type="hidden" name="redactionId" value={String(r.id)} />
                          <input type="hidden" name="provisionId" value={String(r.provision_id)} />
                          <button type="submit" class="button button--small button--secondary" name="scope" value="document">
                            Maskera alla förekomster<span class="visually-hidden"> av {excerpt(r.masked_text ?? '', 30)}</span> i handlingen
                          </button>{' '}
                          <button type="submit" class="button button--small button--secondary" name="scope" value="request">
                            … i hela begäran
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {shownRedactions.length < p.redactions.length ? (
          <p>
            Visar {shownRedactions.length} av {p.redactions.length} maskeringar, de föreslagna först.{' '}
            <a href={`/documents/${doc.id}/secrecy?alla=1#redactions-heading`}>Visa alla</a>
          </p>
        ) : null}
      </section>

      {p.exemptions.length ? (
        <section aria-labelledby="exemptions-heading">
          <h2 id="exemptions-heading">Lämnas ut trots maskering på annat ställe</h2>
          <ul class="plain-list">
            {p.exemptions.map((e) => (
              <li>
                “{excerpt(p.text.slice(e.start, e.end), 60)}” – {e.reason} ({formatStockholm(e.decided_at)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {can.assess ? (
        <section aria-labelledby="assessment-heading">
          <h2 id="assessment-heading">Sekretessprövning</h2>
          {warnings.map((w) => (
            <p class="warning">
              <strong>Varning: </strong>
              {w}
            </p>
          ))}
          <form method="post" action={`/documents/${doc.id}/assessment`} novalidate class="narrow">
            <RadioField
              name="outcome"
              id="assessment-outcome"
              legend="Vad blev prövningen?"
              options={assessmentOutcomes.map((o) => ({ value: o, label: assessmentLabels[o] }))}
              value={str(input.outcome) ?? current?.outcome}
              errors={p.errors}
            />
            <fieldset class={`checkboxes${assessmentErr('provisionIds') ? ' field--error' : ''}`} id="assessment-provisionIds">
              <legend>Bestämmelser i OSL som prövningen vilar på</legend>
              <p class="field__hint">Krävs när handlingen maskeras eller hålls inne.</p>
              {assessmentErr('provisionIds') ? (
                <p class="field__error">
                  <span class="visually-hidden">Fel: </span>
                  {assessmentErr('provisionIds')}
                </p>
              ) : null}
              <div class="checkbox-list">
                {p.provisions.map((x) => (
                  <div class="checkbox">
                    <input type="checkbox" id={`prov-${x.id}`} name="provisionIds" value={String(x.id)} checked={chosenProvisions.includes(String(x.id))} />{' '}
                    <label for={`prov-${x.id}`}>
                      {x.label} – {x.short_name} <span class="field__hint">({harmTestLabels[x.harm_test].split(' – ')[0]}{x.activity ? `; bara i ${activityLabels[x.activity]}` : ''})</span>
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <fieldset class="circumstances">
              <legend>Omständigheter som uppfyller skaderekvisitet</legend>
              <p class="field__hint">Fyll i för varje bestämmelse du valt ovan: de konkreta omständigheterna i just den här handlingen, inte bara slutsatsen (FL 32 §).</p>
              {p.provisions.map((x) => (
                <Input
                  id={`assessment-circumstance-${x.id}`}
                  name={`circumstance-${x.id}`}
                  label={`${x.label}: ${harmTestQuestions[x.harm_test]}`}
                  optional
                  multiline
                  rows={2}
                  value={str(input[`circumstance-${x.id}`]) ?? currentCircumstances[String(x.id)] ?? ''}
                  errors={p.errors}
                />
              ))}
            </fieldset>
            <Input
              id="assessment-publicTitle"
              name="publicTitle"
              label="Publik titel"
              hint="Det sökanden, beslutsbrevet och läsesalen kallar handlingen. Aldrig ett namn eller något som maskeras; föreslaget: slag och datum."
              value={str(input.publicTitle) ?? current?.public_title ?? p.proposedPublicTitle}
              errors={p.errors}
            />
            <FieldLeakChoices id="assessment-leakReason" leaks={p.titleLeaks ?? []} reason={str(input.leakReason)} errors={p.errors} />
            <Input
              id="assessment-assessmentMotivering"
              name="motivering"
              label="Motivering"
              hint="Varför skaderekvisitet är uppfyllt eller inte. Krävs utom när handlingen lämnas ut i sin helhet."
              multiline
              rows={4}
              value={str(input.motivering) ?? current?.motivering ?? ''}
              errors={p.errors}
            />
            <button type="submit" class="button">
              Spara sekretessprövningen
            </button>
          </form>
          {p.assessments.length ? (
            <>
              <h3>Tidigare prövningar</h3>
              <ul class="plain-list">
                {p.assessments.map((a) => (
                  <li>
                    {formatStockholm(a.assessed_at)} – {a.assessed_by_name}: {assessmentLabels[a.outcome]}
                    {JSON.parse(a.provision_ids).length ? ` (${(JSON.parse(a.provision_ids) as number[]).map(labelOf).join(', ')})` : ''}
                    <CircumstanceList circumstances={circumstancesOf(a)} labelOf={labelOf} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : current ? (
        <section aria-labelledby="assessment-heading">
          <h2 id="assessment-heading">Sekretessprövning</h2>
          {warnings.map((w) => (
            <p class="warning">
              <strong>Varning: </strong>
              {w}
            </p>
          ))}
          <p>
            {assessmentLabels[current.outcome]}
            {JSON.parse(current.provision_ids).length ? ` enligt ${(JSON.parse(current.provision_ids) as number[]).map(labelOf).join(', ')}` : ''}.
            {current.motivering ? ` ${current.motivering}` : ''}
          </p>
          {current.public_title ? <p>Publik titel: {current.public_title}</p> : null}
          <CircumstanceList circumstances={currentCircumstances} labelOf={labelOf} />
        </section>
      ) : null}

      {p.pdfPages ? (
        <section aria-labelledby="pages-heading">
          <h2 id="pages-heading">Maskering på sidorna</h2>
          <p>
            <a href={`/documents/${doc.id}/workspace`}>Öppna sidvyn</a>: sidorna som bilder med fynd och maskeringar som rutor; där kan du rita en ruta
            över det som ska maskeras.
            {p.uncertainOcrWords ? ` OCR läste ${p.uncertainOcrWords === 1 ? 'ett ord' : `${p.uncertainOcrWords} ord`} med låg säkerhet; de visas i sidvyn så att du kan jämföra med sidbilden.` : ''}
          </p>
          <p>
            PDF-handlingen lämnas ut som sina egna sidor. Varje maskering tas bort ur sidan – text, bild och linjer under den – och sidan får en svart
            ruta med bestämmelsen. Maskeringar i texten placeras på sidan automatiskt; det som inte kan placeras säkert visas här för att placeras för hand.
            Kommentarer, formulärfält, bifogade filer, JavaScript, bokmärken och metadata fanns inte i texten du granskar och tas bort ur filen; efter
            godkännandet står det vad som togs bort.
          </p>
          {p.pdfProblems?.length ? (
            <div class="leaks" id="pdf-problems">
              <h3>Kontrolläsningen hittade fel</h3>
              <ul>
                {p.pdfProblems.map((x) => (
                  <li>
                    {x.message}
                    {x.maskedText ? (
                      <>
                        {' '}
                        Text: <span class="masked-text">{excerpt(x.maskedText, 40)}</span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {can.propose ? (
            <>
              <h3>Maskera ett område</h3>
              <p class="field__hint" id="area-hint">
                För en namnteckning, en stämpel, ett foto eller en rad i en inskannad sida. Ange rutan i punkter (1/72 tum) från sidans övre vänstra hörn så
                som sidan visas; en stående A4-sida är 595 × 842 punkter.
              </p>
              <form method="post" action={`/documents/${doc.id}/areas`} novalidate aria-describedby="area-hint">
                <input type="hidden" name="form" value="area" />
                <AreaFields prefix="area" pages={p.pdfPages} input={input} errors={p.errors} />
                <ProvisionSelect id="area-provisionId" label="Bestämmelse" provisions={p.provisions} value={str(input['area-provisionId'])} errors={p.errors} />
                <Input id="area-motivering" name="motivering" label="Motivering" optional value={str(input['area-motivering'])} errors={p.errors} />
                <button type="submit" class="button">
                  Föreslå maskering av området
                </button>
              </form>
              {live.length ? (
                <>
                  <h3>Placera en maskering för hand</h3>
                  <form method="post" action={`/documents/${doc.id}/placements`} novalidate>
                    <input type="hidden" name="form" value="place" />
                    <div class={`field${errorFor(p.errors, 'place-redactionId') ? ' field--error' : ''}`}>
                      <label for="place-redactionId">Maskering</label>
                      <select id="place-redactionId" name="redactionId">
                        {live.map((r) => (
                          <option value={String(r.id)} selected={str(input['place-redactionId']) === String(r.id) || p.unplaced?.[0]?.key === r.id}>
                            {r.masked_text !== null ? excerpt(r.masked_text, 40) : `Område (${r.provision_label})`}
                            {p.unplaced?.some((u) => u.key === r.id) ? ' – kunde inte placeras' : ''}
                          </option>
                        ))}
                      </select>
                    </div>
                    <AreaFields prefix="place" pages={p.pdfPages} input={input} errors={p.errors} />
                    <button type="submit" class="button button--secondary">
                      Placera på sidan
                    </button>
                  </form>
                </>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">Frågor till sökanden</h2>
        <p class="small">
          Sökanden får vara anonym och behöver inte säga varför hen vill ha handlingen. En fråga om identitet eller syfte får bara ställas när
          sekretessprövningen kräver det (TF 2 kap. 18 §), och då knuten till bestämmelsen som kräver den.
        </p>
        {p.questions.length ? (
          <ul class="plain-list">
            {p.questions.map((q) => (
              <li>
                <strong>{questionGroundLabels[q.ground]}</strong> ({formatStockholm(q.asked_at)}): {q.question}
                <br />
                {q.answered_at ? (
                  <span>Svar: {q.answer}</span>
                ) : can.assess ? (
                  <form method="post" action={`/documents/${doc.id}/review-questions/${q.id}/answer`} novalidate class="narrow">
                    <Input id={`answer-${q.id}`} name="answer" label="Sökandens svar" value={str(input[`answer-${q.id}`]) ?? ''} errors={p.errors} />
                    <button type="submit" class="button button--small button--secondary">
                      Anteckna svaret
                    </button>
                  </form>
                ) : (
                  <span class="muted">Inget svar ännu.</span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">Inga frågor.</p>
        )}
        {can.assess ? (
          <form method="post" action={`/documents/${doc.id}/review-questions`} novalidate class="narrow">
            <RadioField
              name="questionGround"
              legend="Vilken bestämmelse behöver frågan?"
              options={questionGrounds.map((g) => ({ value: g, label: questionGroundLabels[g] }))}
              value={str(input.questionGround)}
              errors={p.errors}
            />
            <Input id="question" name="question" label="Frågan" multiline rows={2} value={str(input.question) ?? ''} errors={p.errors} />
            <button type="submit" class="button button--secondary">
              Anteckna frågan
            </button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="approval-heading">
        <h2 id="approval-heading">Godkännande (fyra ögon)</h2>
        {can.approveBlocked === null ? (
          <form method="post" action={`/documents/${doc.id}/approval`} novalidate>
            {mineWaiting > 0 ? (
              <p>
                {proposed.length - mineWaiting === 1
                  ? 'Godkänn den maskering som en annan har föreslagit.'
                  : `Godkänn de ${proposed.length - mineWaiting} maskeringar som andra har föreslagit.`}{' '}
                {mineWaiting === 1
                  ? 'Den som du själv har föreslagit väntar sedan på en annan jurist (fyra ögon), som godkänner den och bygger den utlämnade versionen.'
                  : `De ${mineWaiting} som du själv har föreslagit väntar sedan på en annan jurist (fyra ögon), som godkänner dem och bygger den utlämnade versionen.`}
              </p>
            ) : (
              <p>
                {proposed.length === 0
                  ? 'Inga maskeringar väntar på godkännande.'
                  : proposed.length === 1
                    ? 'En maskering väntar på godkännande.'
                    : `${proposed.length} föreslagna maskeringar väntar på godkännande.`}{' '}
                Den utlämnade versionen byggs då från originalet och alla godkända maskeringar, efter läckagekontrollen.
                {p.allowSelfApproval ? ' Fyra ögon är avstängt i inställningarna: godkännanden av egna förslag noteras i händelseloggen.' : ''}
              </p>
            )}
            {p.pdfPages && pages.some((pg) => pg.needs_ocr) ? (
              <div class={`field${errorFor(p.errors, 'scannedReviewed') ? ' field--error' : ''}`}>
                {errorFor(p.errors, 'scannedReviewed') ? (
                  <p class="field__error" id="scannedReviewed-error">
                    <span class="visually-hidden">Fel: </span>
                    {errorFor(p.errors, 'scannedReviewed')}
                  </p>
                ) : null}
                <input type="checkbox" id="scannedReviewed" name="scannedReviewed" value="ja" aria-describedby={errorFor(p.errors, 'scannedReviewed') ? 'scannedReviewed-error' : undefined} />{' '}
                <label for="scannedReviewed">
                  Jag har granskat sidorna utan text ({pages.filter((pg) => pg.needs_ocr).map((pg) => pg.number).join(', ')}) i originalet och maskerat
                  områden där det behövs. De lämnas ut som bild.
                </label>
              </div>
            ) : null}
            <button type="submit" class="button" id="approve">
              {mineWaiting > 0
                ? proposed.length - mineWaiting === 1
                  ? 'Godkänn maskeringen som en annan föreslog'
                  : `Godkänn de ${proposed.length - mineWaiting} maskeringar som andra föreslog`
                : approveLabel(proposed.length)}
            </button>
          </form>
        ) : (
          <p>{can.approveBlocked}</p>
        )}
      </section>
    </>
  );
}

/** The recorded circumstances per provision: what met the harm test. */
function CircumstanceList(p: { circumstances: Record<string, string>; labelOf: (id: number) => string }) {
  const entries = Object.entries(p.circumstances);
  if (!entries.length) return null;
  return (
    <dl class="circumstance-list">
      {entries.map(([id, text]) => (
        <>
          <dt>{p.labelOf(Number(id))}</dt>
          <dd>{text}</dd>
        </>
      ))}
    </dl>
  );
}
