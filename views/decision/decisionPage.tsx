// The staff page for a request's decision and release: roll-up, fee, decide form, letter, links, notice, reading room, appeals, informal refusal.
import { count } from '../../src/text/counts.ts';
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { ErrorSummary, Notice, RadioField, SelectField, TextField, type FieldErrors } from '../components.tsx';
import { formatDate, formatDateTime } from '../requests/format.ts';
import { outcomeLabels, refusalGroundLabels, type DecisionOutcome, type RefusalGround } from '../../src/domain/decision.ts';
import { assessmentLabels, type AssessmentOutcome } from '../../src/domain/secrecyAssessment.ts';
import type { LegalHold } from '../../src/domain/appeal.ts';
import { personalDataBases, personalDataBasisLabels } from '../../src/domain/publication.ts';
import { FieldLeakChoices, type FieldLeakView } from '../leakChoices.tsx';

/** The answer to a yes-or-no question, "Nej" first. */
const yesNo = [
  { value: 'no', label: 'Nej' },
  { value: 'yes', label: 'Ja' },
];

export interface DecisionPageProps {
  /** asksInformation: registered as a request for uppgifter (OSL 6 kap. 4 §). */
  request: { id: number; reference: string; status: string; statusLabel: string; asksInformation: boolean };
  documents: Array<{ number: number; id: number; description: string; publicTitle: string; assessment: AssessmentOutcome | null; released: boolean; provisions: string[] }>;
  rollUp: { ok: true; outcome: DecisionOutcome } | { ok: false; message: string };
  provisionsText: string;
  fee: { pages: number; amount: string; explanation: string };
  decision: {
    id: number;
    outcome: DecisionOutcome;
    condition: string | null;
    motivering: string;
    decidedBy: string;
    decidedAt: string;
    notifiedAt: string | null;
    /** How the day of receipt became known. */
    notifiedVia: 'staff' | 'notice_sent' | 'link_opened' | null;
    /** Sent by post (not the day of receipt, FL 44 §). */
    postedAt: string | null;
    /** What a refusal rests on: secrecy, not an allmän handling, does not exist. */
    ground: RefusalGround;
    /** Why a förbehåll would not remove the risk (OSL 10 kap. 14 §). */
    conditionAssessment: string | null;
    /** Föredragande and delegation (FL 31 §). */
    presentedBy: string | null;
    delegation: string | null;
    appealLastDay: string | null;
    pageCount: number;
    fee: string;
  } | null;
  hold: LegalHold;
  links: Array<{ id: number; createdAt: string; expiresAt: string; revokedAt: string | null; expired: boolean }>;
  published: number;
  /** The reading room: why a release can never be published, and the latest publication assessment. */
  publication: { blocker: string | null; assessment: { reasoning: string; basis: string; note: string; at: string; by: string } | null };
  appeals: Array<{
    id: number;
    /** The part appealed, when the request is decided in parts. */
    part: number | null;
    receivedAt: string;
    withinTime: boolean | null;
    sentToCourtAt: string | null;
    outcome: string | null;
    /** FL 45 § check, omprövning (FL 37-39 §§) and the forwarding clock (FL 46 §). */
    timeliness: string | null;
    late: boolean;
    reconsideration: string | null;
    forwardBy: string | null;
    forwardOverdue: boolean;
  }>;
  informalRefusals: Array<{ id: number; kind: 'refusal' | 'condition'; toldAt: string; note: string; requestedAt: string | null }>;
  /** reopen: this person may reopen the decision and the request is decided or closed (requestPolicy canReopenDecision). */
  can: { decide: boolean; release: boolean; publish: boolean; reopen: boolean };
  canDecideNow: boolean;
  appealOutcomeOptions: Array<{ value: string; label: string }>;
  reconsiderationOptions: Array<{ value: string; label: string }>;
  errors?: FieldErrors;
  errorForm?: string;
  input?: Record<string, string>;
  notice?: string;
  /** Masked text the leak guard found in what the decision would send the requester. */
  leaks?: FieldLeakView[];
  today: string;
  /** Staff who may be named as föredragande (FL 31 §). */
  staff: Array<{ id: number; name: string }>;
  /** Answers to a request for uppgifter (OSL 6 kap. 4 §). */
  informationAnswers: Array<{ outcome: 'given' | 'refused'; note: string; at: string; by: string }>;
  /** The delegation in the settings (FL 31 §). */
  delegation: string | null;
  /** Every current decision when the request is released in parts, part 1 first. */
  parts: Array<{
    /** The decision id every form of this part posts (a part is chosen explicitly, never "the latest"). */
    id: number;
    part: number;
    outcome: DecisionOutcome;
    decidedAt: string;
    documents: number[];
    notifiedAt: string | null;
    postedAt: string | null;
    appealLastDay: string | null;
    /** A refusal, partial refusal or release with förbehåll (OSL 6 kap. 7 §). */
    appealable: boolean;
  }>;
  /** Handlingar not yet covered by a decision (for a decision in parts). */
  remaining: Array<{ id: number; number: number; description: string }>;
}

type FormState = { errs: (form: string) => FieldErrors | undefined; val: (form: string, name: string, fallback?: string) => string; today: string };

/** A new appeal against one decision (one part): its own three-week clock (FL 44 §) and legal hold. */
function AppealForm({ requestId, decisionId, part, errs, val, today }: { requestId: number; decisionId: number; part: number | null } & FormState) {
  const key = `appeal-${decisionId}`;
  return (
    <form method="post" action={`/requests/${requestId}/appeals`} novalidate>
      <h3>{part === null ? 'Anteckna ett inkommet överklagande' : `Anteckna ett överklagande av del ${part}`}</h3>
      <input type="hidden" name="decisionId" value={String(decisionId)} />
      <TextField id={`appealReceived-${decisionId}`} name="appealReceived" label="Inkom (ÅÅÅÅ-MM-DD)" value={val(key, 'appealReceived', today)} errors={errs(key)} />
      <button type="submit" class="button">
        Anteckna överklagandet
      </button>
    </form>
  );
}

/** The day of receipt, the day posted and (for a part) a new appeal: each form names the decision it acts on. */
function ClockForms(x: { requestId: number; decisionId: number; notifiedAt: string | null; postedAt: string | null; appealable: boolean; part: number | null } & FormState) {
  const { requestId, decisionId, errs, val, today } = x;
  return (
    <>
      {!x.notifiedAt ? (
        <form method="post" action={`/requests/${requestId}/decision/notified`} novalidate>
          <h3>{x.part === null ? 'Anteckna att sökanden fått del av beslutet' : `Anteckna att sökanden fått del av del ${x.part}`}</h3>
          <p class="small">
            Överklagandetiden, tre veckor, räknas från den dagen (44 § förvaltningslagen). Ett brev med post har inte kommit fram samma dag som det skickades:
            skriv dagen sökanden fick det (till exempel enligt mottagningsbevis), inte dagen det postades.
          </p>
          <input type="hidden" name="decisionId" value={String(decisionId)} />
          <TextField id={`notifiedDate-${decisionId}`} name="notifiedDate" label="Datum (ÅÅÅÅ-MM-DD)" value={val(`notified-${decisionId}`, 'notifiedDate', today)} errors={errs(`notified-${decisionId}`)} />
          <button type="submit" class="button">
            Anteckna
          </button>
        </form>
      ) : null}
      {!x.notifiedAt && !x.postedAt ? (
        <form method="post" action={`/requests/${requestId}/decision/posted`} novalidate>
          <h3>{x.part === null ? 'Anteckna att beslutet skickats med post' : `Anteckna att del ${x.part} skickats med post`}</h3>
          <p class="small">Dagen sökanden fick beslutet antecknas när den är känd. Till dess räknas ett överklagande som inkommet i tid.</p>
          <input type="hidden" name="decisionId" value={String(decisionId)} />
          <TextField id={`postedDate-${decisionId}`} name="postedDate" label="Postat (ÅÅÅÅ-MM-DD)" value={val(`posted-${decisionId}`, 'postedDate', today)} errors={errs(`posted-${decisionId}`)} />
          <button type="submit" class="button button--secondary">
            Anteckna postat
          </button>
        </form>
      ) : null}
      {x.appealable && x.part !== null ? <AppealForm requestId={requestId} decisionId={decisionId} part={x.part} errs={errs} val={val} today={today} /> : null}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children?: Child }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

export function DecisionPage(p: DecisionPageProps) {
  const r = p.request;
  const errs = (form: string) => (p.errorForm === form ? p.errors : undefined);
  const val = (form: string, name: string, fallback = '') => (p.errorForm === form ? (p.input?.[name] ?? fallback) : fallback);
  const d = p.decision;
  const inParts = p.parts.length > 1 || p.remaining.length > 0;
  const formState = { errs, val, today: p.today };
  return (
    <>
      <ErrorSummary errors={p.errors} />
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      <p>
        <a href={`/requests/${r.id}`}>Tillbaka till begäran {r.reference}</a>
      </p>
      <h1>Beslut och utlämnande – {r.reference}</h1>
      <p>Status: {p.request.statusLabel}</p>
      {r.asksInformation ? (
        <p class="notice" id="asks-information">
          Begäran registrerades som en begäran om uppgifter. Den besvaras enligt 6 kap. 4 § offentlighets- och sekretesslagen utan överklagbart beslut:{' '}
          <a href="#information">anteckna svaret</a>. Gäller den ändå en handling fattas beslut som vanligt.
        </p>
      ) : null}

      <Section id="documents" title="Handlingar och sekretessprövning">
        {p.documents.length ? (
          <table class="table">
            <caption class="visually-hidden">Sekretessprövning per handling</caption>
            <thead>
              <tr>
                <th scope="col">Nr</th>
                <th scope="col">Handling</th>
                <th scope="col">Publik titel</th>
                <th scope="col">Prövning</th>
                <th scope="col">Bestämmelser</th>
              </tr>
            </thead>
            <tbody>
              {p.documents.map((doc) => (
                <tr>
                  <td>{doc.number}</td>
                  <td>
                    <a href={`/documents/${doc.id}`}>{doc.description}</a>
                  </td>
                  <td>{doc.publicTitle}</td>
                  <td>
                    {doc.assessment ? assessmentLabels[doc.assessment] : 'Inte prövad'}
                    {doc.assessment && doc.assessment !== 'withhold' && !doc.released ? <div class="small">Utlämnad version saknas</div> : null}
                  </td>
                  <td>{doc.provisions.join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">Inga handlingar är bifogade.</p>
        )}
        <p>
          Sammanvägt utfall: <strong>{p.rollUp.ok ? outcomeLabels[p.rollUp.outcome] : p.rollUp.message}</strong>
        </p>
        <p>
          Avgift: {p.fee.pages} {p.fee.pages === 1 ? 'sida' : 'sidor'}, <strong>{p.fee.amount}</strong>. {p.fee.explanation}
        </p>
      </Section>

      {d ? (
        <Section id="decision" title={p.parts.length > 1 || p.remaining.length ? `Beslut – del ${p.parts.at(-1)?.part ?? 1}` : 'Beslut'}>
          {p.parts.length > 1 || p.remaining.length ? (
            <>
              <p>Begäran beslutas i delar. Varje del har eget beslut, brev och överklagandetid.</p>
              {p.parts.map((x) => (
                <section class="part" aria-labelledby={`part-${x.id}-heading`} id={`part-${x.id}`}>
                  <h3 id={`part-${x.id}-heading`}>Del {x.part}</h3>
                  <p>
                    {formatDateTime(x.decidedAt)}: {outcomeLabels[x.outcome]} – handling {x.documents.join(', ')}.{' '}
                    {x.notifiedAt
                      ? `Sökanden fick beslutet ${formatDate(x.notifiedAt)}, sista dag att överklaga ${x.appealLastDay}.`
                      : x.postedAt
                        ? `Skickat med post ${formatDate(x.postedAt)}; dagen sökanden fick det är inte känd.`
                        : 'Inte delgivet ännu.'}
                  </p>
                  {p.can.release ? <ClockForms requestId={r.id} decisionId={x.id} notifiedAt={x.notifiedAt} postedAt={x.postedAt} appealable={x.appealable} part={x.part} {...formState} /> : null}
                </section>
              ))}
              {p.remaining.length ? <p>Återstår: handling {p.remaining.map((x) => x.number).join(', ')}.</p> : null}
            </>
          ) : null}
          <dl class="summary-list">
            <dt>Utfall</dt>
            <dd>
              {outcomeLabels[d.outcome]}
              {d.ground !== 'secrecy' ? ` – ${refusalGroundLabels[d.ground].toLowerCase()}` : ''}
            </dd>
            {d.conditionAssessment ? (
              <>
                <dt>Varför förbehåll inte räcker (OSL 10 kap. 14 §)</dt>
                <dd class="prewrap">{d.conditionAssessment}</dd>
              </>
            ) : null}
            {d.condition ? (
              <>
                <dt>Förbehåll</dt>
                <dd class="prewrap">{d.condition}</dd>
              </>
            ) : null}
            <dt>Beslutsfattare</dt>
            <dd>
              {d.decidedBy}, med stöd av {d.delegation ?? 'organisationens delegationsordning'}
            </dd>
            <dt>Föredragande</dt>
            <dd>{d.presentedBy ?? 'Ingen föredragande'}</dd>
            <dt>Beslutat</dt>
            <dd>{formatDateTime(d.decidedAt)}</dd>
            <dt>Avgift</dt>
            <dd>
              {count(d.pageCount, 'sida', 'sidor')}, {d.fee}
            </dd>
            <dt>Sökanden fick del av beslutet</dt>
            <dd>
              {d.notifiedAt
                ? `${formatDate(d.notifiedAt)}${d.notifiedVia === 'link_opened' ? ' (sökanden öppnade länken första gången)' : d.notifiedVia === 'notice_sent' ? ' (meddelandet skickades)' : ''}`
                : d.postedAt
                  ? `Skickat med post ${formatDate(d.postedAt)}; dagen sökanden fick det är inte känd. Till dess räknas ett överklagande som inkommet i tid.`
                  : 'Inte antecknat'}
            </dd>
            {d.appealLastDay ? (
              <>
                <dt>Sista dag att överklaga</dt>
                <dd>{d.appealLastDay}</dd>
              </>
            ) : null}
            <dt>Bevarandekrav</dt>
            <dd>{p.hold.held ? p.hold.text : 'Inget: handlingarna kan gallras enligt gallringsplanen.'}</dd>
          </dl>
          <p>
            <a href={`/requests/${r.id}/decision/letter`}>Visa beslutsbrevet för utskrift</a> ·{' '}
            <a href={`/requests/${r.id}/decision/letter.pdf`}>Ladda ned beslutsbrevet som PDF</a>
          </p>
          {!inParts && p.can.release ? <ClockForms requestId={r.id} decisionId={d.id} notifiedAt={d.notifiedAt} postedAt={d.postedAt} appealable={false} part={null} {...formState} /> : null}
          {p.can.reopen ? (
            <form method="post" action={`/requests/${r.id}/reopen`} novalidate>
              <h3>Återöppna begäran</h3>
              <p class="small">
                En beslutad begäran ändras inte: inga nya handlingar, maskeringar eller prövningar. Återöppna den för att ompröva beslutet (37–39 §§
                förvaltningslagen), lägga till en handling eller när kammarrätten visat målet åter. Beslutet står kvar tills ett nytt beslut ersätter det.
              </p>
              <TextField name="reopenReason" label="Varför återöppnas begäran?" multiline rows={3} value={val('reopen', 'reopenReason')} errors={errs('reopen')} />
              <button type="submit" class="button button--secondary">
                Återöppna begäran
              </button>
            </form>
          ) : null}
        </Section>
      ) : null}
      {p.can.decide && (!d || p.canDecideNow) ? (
        <Section id="decide" title={d ? (p.remaining.length ? 'Besluta om nästa del' : 'Fatta nytt beslut') : 'Fatta beslut'}>
          {p.canDecideNow ? (
            <form method="post" action={`/requests/${r.id}/decision`} novalidate>
              {p.remaining.length > 1 || d ? (
                <fieldset class="checkboxes" id="documentIds">
                  <legend>Handlingar som beslutet gäller (valfritt)</legend>
                  <p class="field__hint">
                    En omfattande begäran kan beslutas i delar, så att det som är prövat lämnas ut direkt. Varje del får eget beslut, brev och överklagandetid.
                    Välj ingen för att besluta om alla som återstår.
                  </p>
                  {p.remaining.map((x) => (
                    <div class="checkbox">
                      <input type="checkbox" id={`doc-${x.id}`} name="documentIds" value={String(x.id)} />{' '}
                      <label for={`doc-${x.id}`}>
                        Handling {x.number}: {x.description}
                      </label>
                    </div>
                  ))}
                </fieldset>
              ) : null}
              {p.provisionsText ? (
                <>
                  <h3>Bestämmelser som tas med i beslutet</h3>
                  <pre class="prewrap">{p.provisionsText}</pre>
                </>
              ) : null}
              <TextField
                name="motivering"
                label="Motivering"
                multiline
                rows={6}
                hint="Skälen för beslutet (32 § förvaltningslagen). Behövs vid avslag, delvis avslag och förbehåll."
                value={val('decide', 'motivering')}
                errors={errs('decide')}
                optional={p.rollUp.ok && p.rollUp.outcome === 'release_full'}
              />
              <TextField
                name="condition"
                label="Förbehåll"
                multiline
                rows={3}
                optional
                hint="Bara om uppgifterna annars vore sekretessbelagda (10 kap. 14 § OSL). Ange bestämmelsen i motiveringen."
                value={val('decide', 'condition')}
                errors={errs('decide')}
              />
              {p.rollUp.ok && p.rollUp.outcome !== 'release_full' ? (
                <>
                  <RadioField
                    name="conditionRisk"
                    legend="Skulle ett förbehåll undanröja risken, så att det som avslås kunde lämnas ut med förbehåll? (OSL 10 kap. 14 §)"
                    options={[
                      { value: 'does_not_remove', label: 'Nej – ett förbehåll räcker inte' },
                      { value: 'removes', label: 'Ja – då lämnas det ut med förbehåll i stället för att avslås' },
                    ]}
                    value={val('decide', 'conditionRisk')}
                    errors={errs('decide')}
                  />
                  <TextField
                    name="conditionAssessment"
                    label="Varför räcker inte ett förbehåll?"
                    multiline
                    rows={3}
                    value={val('decide', 'conditionAssessment')}
                    errors={errs('decide')}
                  />
                </>
              ) : null}
              <SelectField
                name="presentedBy"
                label="Föredragande"
                optional
                value={val('decide', 'presentedBy')}
                errors={errs('decide')}
                options={[{ value: '', label: 'Ingen föredragande' }, ...p.staff.map((x) => ({ value: String(x.id), label: x.name }))]}
              />
              <FieldLeakChoices id="leakReason" leaks={p.errorForm === 'decide' ? (p.leaks ?? []) : []} reason={val('decide', 'leakReason')} errors={errs('decide')} />
              <button type="submit" class="button">
                Fatta beslut
              </button>
            </form>
          ) : (
            <p>Beslut kan fattas när begäran är under handläggning eller sekretessprövning och alla handlingar är prövade.</p>
          )}
        </Section>
      ) : !d ? (
        <Section id="decide" title="Beslut">
          <p>Inget beslut är fattat. Beslutet fattas av en jurist.</p>
        </Section>
      ) : null}

      {!d && p.can.decide && p.canDecideNow && p.documents.length === 0 ? (
        <Section id="without-document" title="Avslag utan handling">
          <p>
            När det begärda inte är allmän handling eller inte finns är det ett avslag som kan överklagas (6 kap. 7 § offentlighets- och sekretesslagen), utan
            någon bifogad handling.
          </p>
          <form method="post" action={`/requests/${r.id}/decision/without-document`} novalidate>
            <SelectField
              name="ground"
              label="Varför avslås begäran?"
              value={val('without-document', 'ground')}
              errors={errs('without-document')}
              options={[
                { value: '', label: 'Välj' },
                { value: 'not_public_document', label: 'Inte allmän handling (2 kap. 4 § och 9–12 §§ tryckfrihetsförordningen)' },
                { value: 'does_not_exist', label: 'Handlingen finns inte' },
              ]}
            />
            <TextField
              name="groundMotivering"
              label="Motivering"
              multiline
              rows={4}
              hint="Till exempel: utkastet har inte expedierats och ärendet är inte avslutat (2 kap. 12 § TF), eller var det har sökts."
              value={val('without-document', 'groundMotivering')}
              errors={errs('without-document')}
            />
              <SelectField
                name="groundPresentedBy"
                label="Föredragande"
                optional
                value={val('without-document', 'groundPresentedBy')}
                errors={errs('without-document')}
                options={[{ value: '', label: 'Ingen föredragande' }, ...p.staff.map((x) => ({ value: String(x.id), label: x.name }))]}
              />
            <button type="submit" class="button">
              Fatta beslut om avslag
            </button>
          </form>
        </Section>
      ) : null}

      {p.can.release && (p.informationAnswers.length || (!d && p.canDecideNow)) ? (
        <Section id="information" title="Begäran om uppgifter">
          <p>
            Gäller begäran uppgifter, inte en handling, besvaras den enligt 6 kap. 4 § offentlighets- och sekretesslagen. Ett nej till att lämna uppgifter kan
            inte överklagas, och inget beslutsbrev med överklagandehänvisning skickas.
          </p>
          {p.informationAnswers.map((a) => (
            <p>
              {formatDateTime(a.at)}, {a.by}: {a.outcome === 'given' ? 'uppgifterna lämnades' : 'uppgifterna lämnas inte'} – {a.note}
            </p>
          ))}
          {!d && p.canDecideNow ? (
            <form method="post" action={`/requests/${r.id}/information-answer`} novalidate>
              <SelectField
                name="infoOutcome"
                label="Svar"
                value={val('information', 'infoOutcome')}
                errors={errs('information')}
                options={[
                  { value: '', label: 'Välj' },
                  { value: 'given', label: 'Uppgifterna lämnades' },
                  { value: 'refused', label: 'Uppgifterna lämnas inte (sekretess, eller arbetet skulle hindras)' },
                ]}
              />
              <TextField name="infoNote" label="Vad lämnades, eller varför inte" multiline rows={3} value={val('information', 'infoNote')} errors={errs('information')} />
              <button type="submit" class="button button--secondary">
                Anteckna svaret
              </button>
            </form>
          ) : null}
        </Section>
      ) : null}

      {d && p.can.release ? (
        <Section id="links" title="Länk till sökanden">
          <p>Länken ger sökanden beslutet, hur man överklagar och de utlämnade handlingarna, inget annat. Den visas bara en gång när den skapas.</p>
          {p.links.length ? (
            <table class="table">
              <caption class="visually-hidden">Länkar</caption>
              <thead>
                <tr>
                  <th scope="col">Skapad</th>
                  <th scope="col">Gäller till</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span class="visually-hidden">Åtgärd</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.links.map((l) => (
                  <tr>
                    <td>{formatDateTime(l.createdAt)}</td>
                    <td>{formatDateTime(l.expiresAt)}</td>
                    <td>{l.revokedAt ? 'Spärrad' : l.expired ? 'Utgången' : 'Gäller'}</td>
                    <td>
                      {!l.revokedAt && !l.expired ? (
                        <form method="post" action={`/requests/${r.id}/release-links/${l.id}/revoke`} class="inline-form">
                          <button type="submit" class="button button--small button--warning">
                            Spärra länken
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <form method="post" action={`/requests/${r.id}/release-links`}>
            <button type="submit" class="button">
              Skapa länk och meddelande
            </button>
          </form>
        </Section>
      ) : null}

      {d && p.can.publish && d.outcome !== 'refusal' ? (
        <Section id="reading-room" title="Läsesalen">
          {p.published ? (
            <>
              <p>{p.published} utlämnade handlingar är publicerade i läsesalen.</p>
              {p.publication.assessment ? (
                <dl class="summary">
                  <dt>Prövning inför publicering</dt>
                  <dd class="prewrap">{p.publication.assessment.reasoning}</dd>
                  <dt>Grund för att publicera personuppgifter</dt>
                  <dd>
                    {p.publication.assessment.basis}
                    {p.publication.assessment.note ? ` – ${p.publication.assessment.note}` : ''}
                  </dd>
                  <dt>Prövad av</dt>
                  <dd>
                    {p.publication.assessment.by}, {formatDateTime(p.publication.assessment.at)}
                  </dd>
                </dl>
              ) : null}
              <form method="post" action={`/requests/${r.id}/unpublish`}>
                <button type="submit" class="button button--secondary">
                  Ta bort från läsesalen
                </button>
              </form>
            </>
          ) : p.publication.blocker ? (
            <p>{p.publication.blocker}</p>
          ) : (
            <>
              <p>
                Det som lämnats ut till en sökande är inte prövat mot alla: sekretessen är relativ (OSL 21 kap. 7 § väger just den sökandens användning,
                12 kap. 1 § öppnar egna uppgifter). Pröva därför publiceringen för sig innan handlingarna läggs i den öppna läsesalen, där vem som helst kan
                söka och läsa dem.
              </p>
              <form method="post" action={`/requests/${r.id}/publish`} novalidate>
                <RadioField
                  name="ownData"
                  legend="Gällde utlämnandet sökandens egna uppgifter (OSL 12 kap. 1 §)?"
                  options={yesNo}
                  value={val('publish', 'ownData')}
                  errors={errs('publish')}
                />
                <TextField
                  name="secrecyReasoning"
                  label="Varför är inget i handlingarna sekretessbelagt mot vem som helst?"
                  value={val('publish', 'secrecyReasoning')}
                  errors={errs('publish')}
                  multiline
                />
                <SelectField
                  name="basis"
                  label="Rättslig grund för att publicera personuppgifter"
                  value={val('publish', 'basis')}
                  errors={errs('publish')}
                  options={[{ value: '', label: 'Välj' }, ...personalDataBases.map((b) => ({ value: b, label: personalDataBasisLabels[b] }))]}
                />
                <TextField name="basisNote" label="Förklaring av grunden" optional value={val('publish', 'basisNote')} errors={errs('publish')} multiline />
                <button type="submit" class="button button--secondary">
                  Publicera i läsesalen
                </button>
              </form>
            </>
          )}
        </Section>
      ) : null}

      {d && p.can.release && (p.appeals.length > 0 || (inParts ? p.parts.some((x) => x.appealable) : d.outcome !== 'release_full' || d.condition)) ? (
        <Section id="appeals" title="Överklagande">
          {p.appeals.map((a) => (
            <div class="appeal">
              <p>
                {a.part !== null ? `Del ${a.part}: i` : 'I'}nkom {formatDate(a.receivedAt)}
                {a.withinTime === null ? ' – dagen sökanden fick beslutet är inte känd, så det räknas som i tid.' : a.withinTime ? ' – i rätt tid.' : ' – efter tre veckor.'}
                {a.sentToCourtAt ? ` Överlämnat till kammarrätten ${formatDate(a.sentToCourtAt)}.` : ''}
                {a.outcome ? ` ${a.outcome}.` : ''}
              </p>
              {a.forwardBy ? (
                <p>
                  Lämnas över till kammarrätten senast <strong>{a.forwardBy}</strong> (skyndsamt, 46 § förvaltningslagen)
                  {a.forwardOverdue ? (
                    <>
                      {' '}
                      <strong class="badge badge--overdue">Försenad</strong>
                    </>
                  ) : null}
                </p>
              ) : null}
              {a.timeliness ? <p>Prövning av tiden: {a.timeliness}.</p> : null}
              {a.reconsideration ? <p class="prewrap">Omprövning: {a.reconsideration}</p> : null}
              {!a.outcome && !a.sentToCourtAt && !a.timeliness ? (
                <form method="post" action={`/requests/${r.id}/appeals/${a.id}/timeliness`} novalidate>
                  <h3>Kom överklagandet in i tid? (45 § förvaltningslagen)</h3>
                  <p class="small">
                    Tiden räknas av Insyn från dagen sökanden fick beslutet. Kom det in för sent avvisas det ändå inte om överklagandehänvisningen var felaktig
                    eller om det kom in till kammarrätten i tid (45 § andra stycket).
                  </p>
                  {(
                    [
                      ['wrongInstructions', 'Var överklagandehänvisningen felaktig?'],
                      ['reachedCourtInTime', 'Kom överklagandet in till kammarrätten inom tiden?'],
                    ] as const
                  ).map(([name, legend]) => (
                    <RadioField name={name} id={`${name}-${a.id}`} legend={legend} options={yesNo} value={val(`timeliness-${a.id}`, name) || 'no'} />
                  ))}
                  <button type="submit" class="button button--secondary">
                    Anteckna prövningen
                  </button>
                </form>
              ) : null}
              {!a.outcome && !a.sentToCourtAt && !a.reconsideration && !a.late && p.can.decide ? (
                <form method="post" action={`/requests/${r.id}/appeals/${a.id}/reconsideration`} novalidate>
                  <h3>Omprövning (37–39 §§ förvaltningslagen)</h3>
                  <SelectField
                    name="reconsideration"
                    label="Vad ledde omprövningen till?"
                    options={p.reconsiderationOptions}
                    placeholder="Välj"
                    value={val(`reconsideration-${a.id}`, 'reconsideration')}
                    errors={errs(`reconsideration-${a.id}`)}
                  />
                  <TextField name="reconsiderationNote" label="Skäl" multiline rows={3} value={val(`reconsideration-${a.id}`, 'reconsiderationNote')} errors={errs(`reconsideration-${a.id}`)} />
                  <p class="small">Ändras beslutet: öppna begäran igen och fatta ett nytt beslut.</p>
                  <button type="submit" class="button button--secondary">
                    Anteckna omprövningen
                  </button>
                </form>
              ) : null}
              {!a.outcome && !a.sentToCourtAt && a.timeliness && !a.late ? (
                <form method="post" action={`/requests/${r.id}/appeals/${a.id}/sent`} novalidate>
                  <TextField name="sentDate" label="Överlämnat till kammarrätten (ÅÅÅÅ-MM-DD)" value={val(`sent-${a.id}`, 'sentDate', p.today)} errors={errs(`sent-${a.id}`)} />
                  <button type="submit" class="button button--secondary">
                    Anteckna överlämnandet
                  </button>
                </form>
              ) : null}
              {!a.outcome ? (
                <form method="post" action={`/requests/${r.id}/appeals/${a.id}/outcome`} novalidate>
                  <SelectField name="appealOutcome" label="Hur avgjordes överklagandet?" options={p.appealOutcomeOptions} placeholder="Välj" value={val(`outcome-${a.id}`, 'appealOutcome')} errors={errs(`outcome-${a.id}`)} />
                  <TextField name="appealOutcomeDate" label="Datum (ÅÅÅÅ-MM-DD)" value={val(`outcome-${a.id}`, 'appealOutcomeDate', p.today)} errors={errs(`outcome-${a.id}`)} />
                  <button type="submit" class="button button--secondary">
                    Anteckna avgörandet
                  </button>
                </form>
              ) : null}
            </div>
          ))}
          {inParts ? (
            <p class="small">Ett nytt överklagande antecknas under den del som överklagas, ovan under Beslut.</p>
          ) : (
            <AppealForm requestId={r.id} decisionId={d.id} part={null} {...formState} />
          )}
        </Section>
      ) : null}

      {!d && p.can.release ? (
        <Section id="informal" title="Före ett formellt beslut">
          <p>
            Om du muntligt eller informellt avböjer att lämna ut, eller bara vill lämna ut med förbehåll, ska sökanden få veta att hen kan begära myndighetens skriftliga
            beslut, och att det behövs för att kunna överklaga (6 kap. 3 § OSL).
          </p>
          {p.informalRefusals.map((ir) => (
            <div>
              <p>
                {formatDateTime(ir.toldAt)}: {ir.kind === 'refusal' ? 'Avböjt' : 'Förbehåll'} – <span class="prewrap">{ir.note}</span>
                {ir.requestedAt ? ` Skriftligt beslut begärt ${formatDate(ir.requestedAt)}.` : ''}
              </p>
              {!ir.requestedAt ? (
                <form method="post" action={`/requests/${r.id}/informal-refusals/${ir.id}/written`}>
                  <button type="submit" class="button button--secondary">
                    Sökanden begär skriftligt beslut
                  </button>
                </form>
              ) : null}
            </div>
          ))}
          <form method="post" action={`/requests/${r.id}/informal-refusals`} novalidate>
            <SelectField
              name="kind"
              label="Vad sade du?"
              placeholder="Välj"
              options={[
                { value: 'refusal', label: 'Avböjde att lämna ut' },
                { value: 'condition', label: 'Ville lämna ut med förbehåll' },
              ]}
              value={val('informal', 'kind')}
              errors={errs('informal')}
            />
            <TextField
              name="informalNote"
              label="Vad fick sökanden veta, och hur?"
              multiline
              rows={3}
              hint="Till exempel: upplyst i telefon om rätten till skriftligt beslut."
              value={val('informal', 'informalNote')}
              errors={errs('informal')}
            />
            <button type="submit" class="button button--secondary">
              Anteckna upplysningen
            </button>
          </form>
        </Section>
      ) : null}
    </>
  );
}

/** Shown once after a link is created: the link and the message to copy (the token is not stored). */
export function LinkCreatedPage(p: { requestId: number; reference: string; url: string; expiresAt: string; subject: string; body: string; recipient: string | null; sent: boolean; sendError: boolean }) {
  return (
    <>
      <h1>Länken är skapad – {p.reference}</h1>
      <Notice>
        <p>
          <strong>Länken visas bara nu.</strong> Insyn sparar den inte. Kopiera den eller meddelandet innan du lämnar sidan.
        </p>
      </Notice>
      {p.sent ? <p>Meddelandet är skickat med e-post till sökanden.</p> : null}
      {p.sendError ? <p>E-posten kunde inte skickas. Meddelandet ligger i utkorgen; kopiera det nedan och skicka det själv.</p> : null}
      <div class="field">
        <label for="link">Länk (gäller till {formatDateTime(p.expiresAt)})</label>
        <input id="link" type="text" readonly value={p.url} />
        {/* Shown by static/app.js only: without JavaScript the field is selected and copied by hand. */}
        <button type="button" class="button button--secondary button--small copy-button" data-copy="link" data-copied="Länken är kopierad." hidden>
          Kopiera länken
        </button>
      </div>
      <div class="field">
        <label for="message">Meddelande: {p.subject}</label>
        <textarea id="message" rows={12} readonly>
          {p.body}
        </textarea>
        <button type="button" class="button button--secondary button--small copy-button" data-copy="message" data-copied="Meddelandet är kopierat." hidden>
          Kopiera meddelandet
        </button>
      </div>
      <p class="copy-status" data-copy-status role="status" aria-live="polite"></p>
      {p.recipient ? <p>Sökandens kontaktuppgift: {p.recipient}</p> : <p>Sökanden har inte lämnat någon kontaktuppgift.</p>}
      <p>
        <a href="/outbox">Till utkorgen</a> · <a href={`/requests/${p.requestId}/decision`}>Tillbaka till beslutet</a>
      </p>
    </>
  );
}

export function LetterPage({ requestId, html }: { requestId: number; html: string }) {
  return (
    <>
      <p class="no-print">
        <a href={`/requests/${requestId}/decision`}>Tillbaka till beslutet</a> · <a href={`/requests/${requestId}/decision/letter.pdf`}>Ladda ned som PDF</a>
      </p>
      {/* Rendered by marked and sanitize-html (renderMarkdown); fields are HTML-escaped before (STYLE.md 9). */}
      <article class="letter markdown">{raw(html)}</article>
    </>
  );
}
