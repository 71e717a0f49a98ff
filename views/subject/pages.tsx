// Staff pages for a data subject's request (GDPR art. 15–21): registration, the request's own page (identity, clock, answer), the person search and the extract template.
import type { FieldErrors } from '../components.tsx';
import { ErrorSummary, Notice, RadioField, SelectField, TemplateFieldList, TextField, errorFor } from '../components.tsx';
import {
  type IdentityMethod,
  type SubjectOutcome,
  type SubjectRequestKind,
  accessOutcomeLabel,
  identityMethodLabel,
  identityMethods,
  type RefusalGround,
  groundsFor,
  refusalGroundLabel,
  refusalGrounds,
  releasesData,
  retentionBases,
  subjectOutcomeLabel,
  subjectOutcomes,
  subjectRequestKindLabel,
  subjectRequestKinds,
} from '../../src/domain/subjectRequest.ts';
import { type HitStrength, hitStrengthLabel } from '../../src/domain/personIndex.ts';
import { formatDateTime } from '../requests/format.ts';
import { DeadlineStatus, ReceivedFields } from '../requests/clock.tsx';
import { typeLabel } from '../documents/labels.ts';
import type { SubjectKindStats } from '../../src/domain/subjectStats.ts';

/** The box on the ordinary request page that leads to the subject's own page. */
export function SubjectSummary({ requestId, kindLabel, identity }: { requestId: number; kindLabel: string; identity: boolean }) {
  return (
    <section aria-labelledby="subject-heading" class="secrecy-banner" id="subject-panel">
      <h2 id="subject-heading">Begäran från den registrerade: {kindLabel}</h2>
      <p>
        {identity ? 'Identiteten är fastställd.' : 'Identiteten är inte fastställd: inget kan lämnas ut eller besvaras ännu (art. 12.6).'}{' '}
        <a href={`/requests/${requestId}/subject`}>Identitet, sökning och svar</a>
      </p>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// Registration

export type SubjectRegisterInput = Partial<Record<string, string>>;

const identifierFields: Array<{ name: string; label: string; hint: string }> = [
  { name: 'personnummer', label: 'Personnummer eller samordningsnummer', hint: 'Ett per rad, i vilket format som helst.' },
  { name: 'names', label: 'Andra namn och stavningar', hint: 'Namnet ovan söks alltid. Ett per rad.' },
  { name: 'addresses', label: 'Adresser', hint: 'Nuvarande och tidigare, en per rad.' },
  { name: 'emails', label: 'E-postadresser', hint: 'En per rad.' },
  { name: 'phones', label: 'Telefonnummer', hint: 'Ett per rad.' },
  { name: 'meterIds', label: 'Anläggnings-ID', hint: '18 siffror, ett per rad.' },
];

export function RegisterSubjectPage({ input, errors }: { input: SubjectRegisterInput; errors?: FieldErrors }) {
  return (
    <div class="narrow">
      <h1>Registrera begäran från den registrerade</h1>
      <p>
        För registerutdrag och den registrerades andra rättigheter enligt dataskyddsförordningen (artikel 15–21). Svar ska lämnas inom en månad. Den registrerade kan
        inte vara anonym: identiteten måste fastställas innan något lämnas ut.
      </p>
      <ErrorSummary errors={errors} />
      <form method="post" action="/subject-requests" novalidate id="register-subject-request">
        <ReceivedFields hint="Månaden räknas från den dagen." input={input} errors={errors} />
        <RadioField
          name="kind"
          legend="Vad begär den registrerade?"
          options={subjectRequestKinds.map((k) => ({ value: k, label: subjectRequestKindLabel[k] }))}
          value={input.kind}
          errors={errors}
        />
        <TextField name="subjectName" label="Den registrerades namn" value={input.subjectName} errors={errors} autocomplete="off" />
        <TextField name="subjectContact" label="Kontaktuppgift" optional value={input.subjectContact} errors={errors} hint="E-post eller adress dit svaret skickas." />
        <TextField
          name="details"
          label="Vad ska rättas, raderas, begränsas eller invändas mot?"
          optional
          multiline
          rows={3}
          value={input.details}
          errors={errors}
          hint="Bara för de andra rättigheterna. Skriv inga personuppgifter här: texten syns i översikten."
        />
        <fieldset>
          <legend>Uppgifter att söka efter i handlingarna</legend>
          {identifierFields.map((f) => (
            <TextField name={f.name} label={f.label} optional multiline rows={2} value={input[f.name]} hint={f.hint} errors={errors} />
          ))}
        </fieldset>
        <button type="submit" class="button">
          Registrera
        </button>
      </form>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// The subject's page

export interface SubjectPageProps {
  requestId: number;
  reference: string;
  kind: SubjectRequestKind;
  statusLabel: string;
  answered: boolean;
  subjectName: string;
  subjectContact: string | null;
  identifiers: Record<string, string[]>;
  identity: { method: IdentityMethod; reference: string; byName: string; at: string } | null;
  deadline: { dueAt: string; explanation: string; extended: boolean } | null;
  overdue: boolean;
  extension: { notifiedAt: string; reasons: string } | null;
  confirmedHits: number;
  attachedDocuments: number;
  /** Attached handlingar whose every confirmed hit was withdrawn: to be assessed "Lämnas inte ut". */
  strayCopies: number;
  outcome: { outcome: SubjectOutcome; reasons: string; legalBasis: string | null; ground?: RefusalGround | null } | null;
  /** The identity rule (art. 12(6)): whether the answer may be given now. */
  mayAnswer: boolean;
  hasDecision: boolean;
  notice?: string;
  errors?: FieldErrors;
  errorForm?: 'identity' | 'extension' | 'answer' | 'outcome';
  input?: Record<string, string>;
}

const identifierLabel: Record<string, string> = {
  personnummer: 'Personnummer',
  names: 'Namn',
  addresses: 'Adresser',
  emails: 'E-post',
  phones: 'Telefon',
  meterIds: 'Anläggnings-ID',
};

export function SubjectPage(p: SubjectPageProps) {
  const inputFor = (form: SubjectPageProps['errorForm'], name: string) => (p.errorForm === form ? p.input?.[name] : undefined);
  const errs = (form: SubjectPageProps['errorForm']) => (p.errorForm === form ? p.errors : undefined);
  const base = `/requests/${p.requestId}/subject`;
  return (
    <>
      <p>
        <a href={`/requests/${p.requestId}`}>Tillbaka till begäran {p.reference}</a>
      </p>
      <h1>
        {subjectRequestKindLabel[p.kind]} – {p.reference}{' '}
        {p.overdue ? (
          <strong class="badge badge--overdue" id="overdue-badge">
            Försenad
          </strong>
        ) : null}
      </h1>
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      <ErrorSummary errors={p.errors?.map((e) => (p.errorForm === 'outcome' && e.field === 'reasons' ? { ...e, field: 'outcome-reasons' } : e))} />

      <section aria-labelledby="clock-heading" class="clock" id="clock">
        <h2 id="clock-heading">Svarstid</h2>
        <DeadlineStatus deadline={p.deadline} overdue={p.overdue} statusLabel={p.statusLabel} />
        {p.extension ? (
          <p class="prewrap">Förlängd. Skäl: {p.extension.reasons}</p>
        ) : p.deadline ? (
          <details open={p.errorForm === 'extension'}>
            <summary>Förläng med två månader (art. 12.3)</summary>
            <form method="post" action={`${base}/extension`} novalidate>
              <p class="small">Den registrerade ska ha fått veta om förlängningen och skälen inom den första månaden.</p>
              <TextField name="notifiedDate" label="Dag då den registrerade underrättades" type="date" hint="ÅÅÅÅ-MM-DD" value={inputFor('extension', 'notifiedDate')} errors={errs('extension')} />
              <TextField name="reasons" label="Skäl till förlängningen" multiline rows={3} value={inputFor('extension', 'reasons')} errors={errs('extension')} />
              <button type="submit" class="button button--secondary">
                Förläng svarstiden
              </button>
            </form>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="person-heading">
        <h2 id="person-heading">Den registrerade</h2>
        <dl class="summary-list">
          <dt>Namn</dt>
          <dd>{p.subjectName}</dd>
          <dt>Kontaktuppgift</dt>
          <dd>{p.subjectContact ?? 'Ingen angiven'}</dd>
          {Object.entries(p.identifiers)
            .filter(([, v]) => v.length > 0)
            .map(([k, v]) => (
              <>
                <dt>{identifierLabel[k] ?? k}</dt>
                <dd class="prewrap">{v.join('\n')}</dd>
              </>
            ))}
        </dl>
      </section>

      <section aria-labelledby="identity-heading" id="identity">
        <h2 id="identity-heading">Identitet (art. 12.6)</h2>
        {p.identity ? (
          <p id="identity-recorded">
            Fastställd genom {identityMethodLabel[p.identity.method].toLowerCase()} ({p.identity.reference}), av {p.identity.byName} {formatDateTime(p.identity.at)}.
          </p>
        ) : (
          <>
            <p>Identiteten är inte fastställd. Inget lämnas ut och inget svar ges förrän den är antecknad. Spara aldrig en kopia av id-handlingen.</p>
            <form method="post" action={`${base}/identity`} novalidate>
              <SelectField
                name="method"
                label="Hur fastställdes identiteten?"
                options={identityMethods.map((m) => ({ value: m, label: identityMethodLabel[m] }))}
                value={inputFor('identity', 'method')}
                placeholder="Välj"
                errors={errs('identity')}
              />
              <TextField
                name="reference"
                label="Referens"
                hint="Till exempel BankID-orderns referens, eller vilken slags id-handling som visades och för vem. Inte id-numret."
                value={inputFor('identity', 'reference')}
                errors={errs('identity')}
              />
              <button type="submit" class="button">
                Anteckna identiteten
              </button>
            </form>
          </>
        )}
      </section>

      {releasesData(p.kind) ? (
        <section aria-labelledby="search-heading">
          <h2 id="search-heading">Uppgifter i handlingarna</h2>
          <p>
            {p.confirmedHits} bekräftade träffar i {p.attachedDocuments} handlingar. Handlingarna är kopplade till begäran: maskera andra personers uppgifter i dem
            (art. 15.4) och låt en jurist godkänna.
          </p>
          {p.strayCopies > 0 ? (
            <p id="stray-copies">
              <strong>
                {p.strayCopies === 1 ? 'En kopplad handling' : `${p.strayCopies} kopplade handlingar`} har ingen bekräftad träff längre (bedömningen ångrades).
              </strong>{' '}
              Pröva {p.strayCopies === 1 ? 'den' : 'dem'} som "Lämnas inte ut" i sekretessprövningen, så att {p.strayCopies === 1 ? 'den' : 'de'} inte följer med svaret.
            </p>
          ) : null}
          <p>
            <a href={`${base}/search`} class="button button--secondary">
              Sök efter personen i alla handlingar
            </a>{' '}
            <a href={`/requests/${p.requestId}/secrecy`}>Sekretessprövning av de kopplade handlingarna</a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="answer-heading" id="answer">
        <h2 id="answer-heading">Svar</h2>
        {releasesData(p.kind) ? (
          p.hasDecision ? (
            <>
              {p.outcome && p.outcome.outcome !== 'done' ? (
                <dl class="summary-list" id="access-outcome">
                  <dt>Svar</dt>
                  <dd>{accessOutcomeLabel[p.outcome.outcome]}</dd>
                  {p.outcome.ground ? (
                    <>
                      <dt>Skäl</dt>
                      <dd>{refusalGrounds[p.outcome.ground]}</dd>
                    </>
                  ) : null}
                  <dt>Motivering</dt>
                  <dd class="prewrap">{p.outcome.reasons}</dd>
                </dl>
              ) : null}
              {p.outcome?.outcome === 'refused' ? (
                <p>Avslaget är klart. Skapa en länk till den registrerade: länken visar beslutet med hur man klagar och överklagar.</p>
              ) : (
                <p>Registerutdraget är klart. Skapa en länk till den registrerade: länken visar utdraget och de utlämnade handlingarna{p.kind === 'portability' ? ' och uppgifterna som JSON' : ''}.</p>
              )}
              <form method="post" action={`/requests/${p.requestId}/release-links`}>
                <button type="submit" class="button">
                  Skapa länk till den registrerade
                </button>
              </form>
            </>
          ) : p.answered ? (
            <p>Begäran är avslutad.</p>
          ) : (
            <form method="post" action={`${base}/answer`} novalidate id="answer-form">
              {errorFor(errs('answer'), 'answer') ? (
                <p class="field__error" id="answer-error">
                  <span class="visually-hidden">Fel: </span>
                  {errorFor(errs('answer'), 'answer')}
                </p>
              ) : null}
              <p>Utdraget byggs av mallen för registerutdrag och de bekräftade uppgifterna, per handling.</p>
              {p.mayAnswer ? null : <p>Identiteten måste antecknas först.</p>}
              <SelectField
                name="outcome"
                label="Hur besvaras begäran?"
                options={subjectOutcomes.map((o) => ({ value: o, label: accessOutcomeLabel[o] }))}
                value={inputFor('answer', 'outcome') || 'done'}
                errors={errs('answer')}
              />
              <SelectField
                name="ground"
                label="Skäl till avslag eller delvis avslag"
                optional
                options={Object.entries(refusalGroundLabel).map(([value, label]) => ({ value, label }))}
                value={inputFor('answer', 'ground')}
                placeholder="Inget (allt lämnas ut)"
                errors={errs('answer')}
              />
              <TextField
                name="motivering"
                label="Motivering till den registrerade"
                optional
                multiline
                rows={4}
                hint="Behövs vid avslag och delvis avslag. Svaret avslutas då med hur man klagar och överklagar."
                value={inputFor('answer', 'motivering')}
                errors={errs('answer')}
              />
              <button type="submit" class="button">
                Besvara med registerutdrag
              </button>
            </form>
          )
        ) : p.outcome ? (
          <>
          <dl class="summary-list" id="outcome-recorded">
            <dt>Utfall</dt>
            <dd>{subjectOutcomeLabel[p.outcome.outcome]}</dd>
            <dt>Motivering</dt>
            <dd class="prewrap">{p.outcome.reasons}</dd>
            {p.outcome.ground ? (
              <>
                <dt>Skäl</dt>
                <dd>{refusalGroundLabel[p.outcome.ground]}</dd>
              </>
            ) : null}
            {p.outcome.legalBasis ? (
              <>
                <dt>Lagstöd för att spara uppgifterna</dt>
                <dd>{retentionBases[p.outcome.legalBasis as keyof typeof retentionBases] ?? p.outcome.legalBasis}</dd>
              </>
            ) : null}
          </dl>
          {p.hasDecision ? (
            <>
              <p>
                {p.outcome.outcome === 'done'
                  ? 'Beskedet om vad som gjorts är klart. Skapa en länk till den registrerade: länken visar beskedet.'
                  : 'Beslutet är klart, med hur den registrerade klagar och överklagar. Skapa en länk till den registrerade: länken visar beslutet.'}
              </p>
              <form method="post" action={`/requests/${p.requestId}/release-links`}>
                <button type="submit" class="button">
                  Skapa länk till den registrerade
                </button>
              </form>
            </>
          ) : null}
          </>
        ) : p.answered ? (
          <p>Begäran är avslutad.</p>
        ) : (
          <form method="post" action={`${base}/outcome`} novalidate id="outcome-form">
            {p.mayAnswer ? null : <p>Identiteten måste antecknas först.</p>}
            <SelectField
              name="outcome"
              label="Utfall"
              options={subjectOutcomes.map((o) => ({ value: o, label: subjectOutcomeLabel[o] }))}
              value={inputFor('outcome', 'outcome')}
              placeholder="Välj"
              errors={errs('outcome')}
            />
            {/* The extension's form on this page has a field named reasons too: the id tells them apart. */}
            <TextField name="reasons" id="outcome-reasons" label="Vad har gjorts och varför" multiline rows={4} value={inputFor('outcome', 'reasons')} errors={errs('outcome')} />
            <SelectField
              name="ground"
              label="Avslag enligt artikel 12.5 – bara när begäran avslås helt"
              optional
              options={groundsFor.refused.map((value) => ({ value, label: refusalGroundLabel[value] }))}
              value={inputFor('outcome', 'ground')}
              placeholder="Inget sådant skäl"
              errors={errs('outcome')}
            />
            {p.kind === 'erasure' ? (
              <SelectField
                name="legalBasis"
                label="Lag som kräver att uppgifterna sparas"
                optional
                options={Object.entries(retentionBases).map(([value, label]) => ({ value, label }))}
                value={inputFor('outcome', 'legalBasis')}
                placeholder="Ingen (allt raderat)"
                errors={errs('outcome')}
              />
            ) : null}
            <button type="submit" class="button">
              Spara utfallet
            </button>
          </form>
        )}
      </section>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// The person search

export interface SearchHitView {
  findingId: number;
  type: string;
  strength: HitStrength;
  before: string;
  match: string;
  after: string;
  verdict: 'confirmed' | 'rejected' | null;
}

export interface SearchGroupView {
  documentId: number;
  reference: string;
  description: string;
  strength: HitStrength;
  hits: SearchHitView[];
  totalHits: number;
}

export interface SearchPageProps {
  requestId: number;
  reference: string;
  groups: SearchGroupView[];
  totalHits: number;
  totalDocuments: number;
  shownHits: number;
  noIdentifiers: boolean;
  /** canJudgeHit: the request is unanswered and the person may judge hits (and withdraw verdicts). */
  mayJudge: boolean;
  errors?: FieldErrors;
  /** The withdrawal that failed validation, to show its error and keep its text. */
  withdrawal?: { findingId: number; reason: string };
  notice?: string;
}

/** The id of one hit's reason field: the same name in every hit's form. */
export const withdrawReasonId = (findingId: number): string => `withdraw-${findingId}-reason`;

const verdictLabel = { confirmed: 'Bekräftad', rejected: 'Avvisad' } as const;

export function SearchPage(p: SearchPageProps) {
  return (
    <>
      <p>
        <a href={`/requests/${p.requestId}/subject`}>Tillbaka till den registrerades begäran</a>
      </p>
      <h1>Sök personen – {p.reference}</h1>
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      <ErrorSummary errors={p.errors} />
      <p>
        Sökningen använder uppgifterna som angavs vid registreringen. Starka träffar (personnummer, e-post, telefon, anläggnings-ID) visas först. Ett namn ensamt är en
        svag träff: läs sammanhanget innan du bekräftar. En bekräftad träff kopplar handlingen till begäran.
      </p>
      {p.noIdentifiers ? <p>Inga uppgifter att söka efter.</p> : null}
      <p id="search-summary">
        {p.totalHits} träffar i {p.totalDocuments} handlingar{p.shownHits < p.totalHits ? `; de ${p.shownHits} starkaste visas` : ''}.
      </p>
      {p.groups.map((g) => (
        <section aria-labelledby={`doc-${g.documentId}`} class="search-group">
          <h2 id={`doc-${g.documentId}`}>
            {g.reference}: {g.description} <span class="muted small">({hitStrengthLabel[g.strength]}, {g.totalHits} träffar)</span>
          </h2>
          <ul class="plain-list">
            {g.hits.map((h) => (
              <li id={`hit-${h.findingId}`}>
                <p>
                  <strong>{hitStrengthLabel[h.strength]}</strong> · {typeLabel(h.type)}
                  {h.verdict ? <> · <strong>{verdictLabel[h.verdict]}</strong></> : null}
                </p>
                <p class="prewrap">
                  …{h.before}
                  <mark>{h.match}</mark>
                  {h.after}…
                </p>
                {h.verdict === null && p.mayJudge ? (
                  <form method="post" action={`/requests/${p.requestId}/subject/hits`}>
                    <input type="hidden" name="findingId" value={String(h.findingId)} />
                    <button type="submit" name="verdict" value="confirmed" class="button button--secondary">
                      Bekräfta: gäller den registrerade
                    </button>{' '}
                    <button type="submit" name="verdict" value="rejected" class="button button--secondary">
                      Avvisa
                    </button>
                  </form>
                ) : null}
                {h.verdict !== null && p.mayJudge ? (
                  <details open={p.withdrawal?.findingId === h.findingId}>
                    <summary>Ångra bedömningen</summary>
                    <form method="post" action={`/requests/${p.requestId}/subject/hits/withdrawal`} novalidate>
                      <input type="hidden" name="findingId" value={String(h.findingId)} />
                      <TextField
                        name="reason"
                        id={withdrawReasonId(h.findingId)}
                        label="Varför ångras bedömningen?"
                        hint="Bedömningen finns kvar i historiken; ångrandet sparas som en egen händelse."
                        value={p.withdrawal?.findingId === h.findingId ? p.withdrawal.reason : undefined}
                        errors={p.withdrawal?.findingId === h.findingId ? p.errors?.map((e) => ({ ...e, field: 'reason' })) : undefined}
                      />
                      <button type="submit" class="button button--secondary">
                        Ångra bedömningen
                      </button>
                    </form>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// The extract template

export interface SubjectTemplateView {
  key: string;
  title: string;
  fields: Record<string, string>;
  body: string;
  errors?: FieldErrors;
  /** Used with this organisation's kind (INSYN_ORG_KIND); the other appeal text is kept for a change of kind. */
  inUse: boolean;
}

export function SubjectTemplatePage(p: { templates: SubjectTemplateView[]; orgKindLabel: string; errors?: FieldErrors; notice?: string }) {
  return (
    <>
      <ErrorSummary errors={p.errors} />
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      <h1>Mallar för den registrerades begäranden</h1>
      <p>
        Mallarna är organisationens fasta texter i svaret till den registrerade. Registerutdraget (dataskyddsförordningen art. 15.1) tar upp ändamål, kategorier av
        uppgifter, mottagare, lagringstid, källa, rätten till rättelse, radering, begränsning och invändning, och rätten att klaga hos Integritetsskyddsmyndigheten
        (IMY). Ett avslag eller delvis avslag avslutas med texten om klagomål och överklagande för organisationens slag. De skrivs i Markdown som{' '}
        <a href="/admin/letter-templates">brevmallarna</a>.
      </p>
      <p>Organisationens slag: {p.orgKindLabel} (inställningen INSYN_ORG_KIND).</p>
      {p.templates.map((t) => (
        <section aria-labelledby={`template-${t.key}-heading`} id={`template-${t.key}`}>
          <h2 id={`template-${t.key}-heading`}>
            {t.title}
            {t.inUse ? null : <span class="muted small"> (används inte med organisationens slag)</span>}
          </h2>
          <details>
            <summary>Fält i mallen</summary>
            <TemplateFieldList fields={t.fields} />
          </details>
          <form method="post" action="/admin/subject-template" novalidate>
            <input type="hidden" name="key" value={t.key} />
            <TextField name="body" id={`body-${t.key}`} label={`Mall: ${t.title}`} multiline rows={t.key === 'subject_extract' ? 24 : 10} value={t.body} errors={t.errors} />
            <button type="submit" class="button">
              Spara mallen
            </button>
          </form>
        </section>
      ))}
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Statistics


const pctOf = (share: number | null): string => (share === null ? '–' : `${Math.round(share * 100)} %`);
const daysOf = (n: number | null): string => (n === null ? '–' : n.toLocaleString('sv-SE', { maximumFractionDigits: 1 }));

/** The data subject's requests on the statistics page: received, answered, time to answer, share within the month. */
export function SubjectStatsSection({ kinds, total }: { kinds: SubjectKindStats[]; total: Omit<SubjectKindStats, 'kind'> }) {
  return (
    <section aria-labelledby="subject-stats-heading" id="subject-stats">
      <h2 id="subject-stats-heading">Begäranden från den registrerade</h2>
      <p>Registerutdrag och de andra rättigheterna enligt dataskyddsförordningen, senaste tolv månaderna. Svar ska lämnas inom en månad (art. 12.3).</p>
      <table class="table">
        <caption class="visually-hidden">Begäranden från den registrerade per slag</caption>
        <thead>
          <tr>
            <th scope="col">Slag</th>
            <th scope="col">Inkomna</th>
            <th scope="col">Besvarade</th>
            <th scope="col">Försenade nu</th>
            <th scope="col">Median dagar till svar</th>
            <th scope="col">Inom en månad</th>
            <th scope="col">Inom svarstiden (med förlängning)</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <tr>
              <th scope="row">{subjectRequestKindLabel[k.kind]}</th>
              <td>{k.received}</td>
              <td>{k.answered}</td>
              <td>{k.overdueNow}</td>
              <td>{daysOf(k.medianDays)}</td>
              <td>{pctOf(k.withinMonthShare)}</td>
              <td>{pctOf(k.withinDeadlineShare)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Totalt</th>
            <td id="subject-stat-received">{total.received}</td>
            <td id="subject-stat-answered">{total.answered}</td>
            <td>{total.overdueNow}</td>
            <td id="subject-stat-median">{daysOf(total.medianDays)}</td>
            <td id="subject-stat-within">{pctOf(total.withinMonthShare)}</td>
            <td>{pctOf(total.withinDeadlineShare)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
