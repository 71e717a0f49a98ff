// Commands for maskeringar and sekretessprövning: propose, change, withdraw, reject, assess, exempt and approve, each logged in one transaction.
//
// TF 2 kap. 15 § third sentence: what must not be released is masked, the rest released. Every
// maskering rests on an OSL provision (LEGAL.md: redaction without a provision is wrong). The masked
// text is the secret: the decision log holds redaction ids and provision labels, never the text.
import { createHash } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { inTransaction, mapInOrder } from '../db/connection.ts';
import { appendLog } from '../db/decisionLog.ts';
import { findDocument, findingsForDocument } from '../db/documents.ts';
import { findProvisionById, type ProvisionRow } from '../db/provisions.ts';
import {
  areasForDocument,
  insertReleasedPdf,
  releasedPdfFor,
  currentAssessment,
  currentReleasedVersion,
  decideRedaction,
  documentTextsForRequest,
  exemptionsForRequest,
  findRedaction,
  insertAssessment,
  insertExemption,
  insertRedaction,
  isTextRedaction,
  liveRedactionsForDocument,
  liveTextRedactionsForDocument,
  storeReleasedVersion,
  updateRedactionProposal,
} from '../db/redactions.ts';
import { checkRelease, findOccurrences, foldForComparison, type LeakHit } from './leakGuard.ts';
import { cleanPublicTitle, type FoundFieldLeak, type LeakChoice, proposedPublicTitle, publicTitleField, recordExemptions, requesterGuard, screenFields } from './requesterText.ts';
import { fieldExemptionsForRequest, liveAreaTextsForDocument } from '../db/redactions.ts';
import { assessmentLabels, isAssessmentOutcome } from './secrecyAssessment.ts';
import { buildReleasedText, widenToGraphemes, type MarkerMode } from './redaction.ts';
import { isInForce } from './provisions.ts';
import { refusedUnlessOpen } from './requestCommands.ts';
import { canApproveRedaction, canApproveRedactions, canAssessSecrecy, canChangeRedaction, canExemptLeak, canProposeRedaction, canRejectRedaction } from './redactionPolicy.ts';
import { type Actor, type CommandResult, type FieldErrors, type Forbidden, type Invalid, forbidden, refused } from './command.ts';

const MAX_MOTIVERING = 2000;
/** A bulk proposal larger than this is almost certainly a mistake ("e" in a long text). */
export const MAX_SPANS_PER_PROPOSAL = 2000;

export const redactionTexts = {
  provision: 'Välj en bestämmelse i OSL.',
  motiveringLong: `Motiveringen får vara högst ${MAX_MOTIVERING} tecken.`,
  textEmpty: 'Skriv texten som ska maskeras, exakt som den står i handlingen.',
  textNotFound: 'Texten finns inte i handlingen. Kopiera den exakt som den står.',
  textNotFoundRequest: 'Texten finns inte i någon handling i begäran. Kopiera den exakt som den står.',
  tooMany: `Förslaget skulle ge fler än ${MAX_SPANS_PER_PROPOSAL} maskeringar. Skriv en längre text.`,
  spanInvalid: 'Markera den text som ska maskeras.',
  findingMissing: 'Fyndet finns inte i handlingen.',
  typeEmpty: 'Välj vilken typ av fynd som ska maskeras.',
  typeNone: 'Det finns inga fynd av den typen.',
  alreadyProposed: 'Allt det markerade är redan föreslaget eller godkänt för maskering.',
  notProposed: 'Maskeringen är redan prövad eller tillbakadragen och kan inte ändras.',
  rejectReason: 'Skriv varför maskeringen avslås.',
  outcome: 'Välj vad sekretessprövningen ledde till.',
  withholdProvision: 'Välj minst en bestämmelse i OSL som handlingen hålls inne enligt.',
  maskedProvision: 'Välj de bestämmelser i OSL som maskeringarna vilar på.',
  assessmentMotivering: 'Skriv motiveringen: varför skaderekvisitet är uppfyllt eller inte.',
  exemptReason: 'Skriv varför texten lämnas ut här.',
  needsAssessment: 'Gör sekretessprövningen av handlingen innan du godkänner.',
  withheld: 'Handlingen hålls inne i sin helhet enligt sekretessprövningen. Det finns ingen version att lämna ut.',
  fullButMasked: 'Sekretessprövningen säger att handlingen lämnas ut i sin helhet, men det finns maskeringar. Ändra prövningen eller avslå maskeringarna.',
  maskedButNone: 'Det finns inga maskeringar att godkänna. Föreslå maskeringar eller ändra sekretessprövningen.',
  unchanged: 'Den utlämnade versionen är redan godkänd och inget har ändrats sedan dess.',
  publicTitleLeaks: 'Den publika titeln innehåller text som är maskerad i en handling. Ändra titeln i sekretessprövningen, eller välj där att maskera även där eller lämna ut den med skäl.',
  changedMeanwhile: 'Maskeringarna ändrades medan PDF-filen maskerades. Godkänn igen.',
  retired: (labels: string[]) =>
    `${labels.join(', ')} ${labels.length === 1 ? 'är avvecklad' : 'är avvecklade'} och kan inte bära ett nytt godkännande. Byt bestämmelse i förslaget eller gör om sekretessprövningen, eller be administratören återinföra ${labels.length === 1 ? 'den' : 'dem'}.`,
} as const;


/** A provision in force (not retired) from a form value, or null. */
async function activeProvision(db: Db, raw: string): Promise<ProvisionRow | null> {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const p = await findProvisionById(db, Number(raw));
  return p && isInForce(p) ? p : null;
}

/** The request a handling belongs to must be open (hole 6): checked inside each command's transaction. */
async function refusedUnlessDocumentOpen(db: Db, actor: Actor, documentId: number) {
  const doc = await findDocument(db, documentId);
  return doc ? await refusedUnlessOpen(db, actor, doc.request_id) : null;
}

function validMotivering(raw: string, errors: FieldErrors): string | null {
  const m = raw.trim();
  if (m.length > MAX_MOTIVERING) errors.push({ field: 'motivering', message: redactionTexts.motiveringLong });
  return m || null;
}

// ---------------------------------------------------------------------------------------------
// Finding spans

export interface Span {
  documentId: number;
  start: number;
  end: number;
}

/** What a proposal points at: one finding, one selected span, a typed text, all findings of a type, or every occurrence of an existing maskering's text. */
export type ProposalTarget =
  | { kind: 'finding'; documentId: number; findingId: number }
  | { kind: 'span'; documentId: number; start: number; end: number }
  | { kind: 'text'; documentId: number; text: string; scope: 'document' | 'request' }
  | { kind: 'finding_type'; documentId: number; type: string; scope: 'document' | 'request' }
  | { kind: 'occurrences'; documentId: number; redactionId: number; scope: 'document' | 'request' };

async function scopeDocs(db: Db, documentId: number, scope: 'document' | 'request'): Promise<Array<{ id: number; text: string }>> {
  const doc = await findDocument(db, documentId);
  if (!doc) return [];
  return scope === 'request' ? await documentTextsForRequest(db, doc.request_id) : [{ id: doc.id, text: doc.text }];
}

/** Resolves a target to spans, or a field error in the words of the form. */
async function resolveTarget(db: Db, t: ProposalTarget): Promise<CommandResult<Span[]>> {
  const fail = (field: string, message: string) => ({ ok: false as const, errors: [{ field, message }] });
  switch (t.kind) {
    case 'finding': {
      const f = (await findingsForDocument(db, t.documentId)).find((x) => x.id === t.findingId);
      return f ? { ok: true, value: [{ documentId: t.documentId, start: f.start, end: f.end }] } : fail('findingId', redactionTexts.findingMissing);
    }
    case 'span': {
      const doc = await findDocument(db, t.documentId);
      if (!doc || !Number.isInteger(t.start) || !Number.isInteger(t.end) || t.start < 0 || t.end > doc.text.length || t.start >= t.end) {
        return fail('selection', redactionTexts.spanInvalid);
      }
      // Whitespace alone at either edge is not part of what a person meant to hide.
      let { start, end } = t;
      while (start < end && /\s/.test(doc.text[start]!)) start++;
      while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
      if (start >= end) return fail('selection', redactionTexts.spanInvalid);
      return { ok: true, value: [{ documentId: t.documentId, start, end }] };
    }
    case 'text': {
      if (!t.text.trim()) return fail('text', redactionTexts.textEmpty);
      const spans = (await scopeDocs(db, t.documentId, t.scope)).flatMap((d) => findOccurrences(d.text, t.text, MAX_SPANS_PER_PROPOSAL).map((o) => ({ documentId: d.id, ...o })));
      if (spans.length === 0) return fail('text', t.scope === 'request' ? redactionTexts.textNotFoundRequest : redactionTexts.textNotFound);
      return spans.length > MAX_SPANS_PER_PROPOSAL ? fail('text', redactionTexts.tooMany) : { ok: true, value: spans };
    }
    case 'finding_type': {
      if (!t.type) return fail('type', redactionTexts.typeEmpty);
      const spans = (
        await mapInOrder(await scopeDocs(db, t.documentId, t.scope), async (d) =>
          (await findingsForDocument(db, d.id))
            .filter((f) => f.type === t.type)
            .map((f) => ({ documentId: d.id, start: f.start, end: f.end })),
        )
      ).flat();
      return spans.length ? { ok: true, value: spans } : fail('type', redactionTexts.typeNone);
    }
    case 'occurrences': {
      const r = await findRedaction(db, t.redactionId);
      if (!r || r.document_id !== t.documentId || !isTextRedaction(r)) return fail('occurrences', redactionTexts.findingMissing);
      const spans = (await scopeDocs(db, t.documentId, t.scope)).flatMap((d) => findOccurrences(d.text, r.masked_text, MAX_SPANS_PER_PROPOSAL).map((o) => ({ documentId: d.id, ...o })));
      return { ok: true, value: spans.slice(0, MAX_SPANS_PER_PROPOSAL) };
    }
  }
}

export interface ProposalInput {
  provisionId: string;
  motivering: string;
}

/**
 * Proposes maskeringar for a target, each with the provision chosen (required) and the optional
 * motivering. Spans already covered by a proposed or approved maskering are skipped. One log entry
 * per handling touched, with the new ids and the provision, never the text.
 */
export async function proposeRedactions(db: Db, actor: Actor, target: ProposalTarget, input: ProposalInput): Promise<CommandResult<{ ids: number[] }>> {
  const no = refused(canProposeRedaction, actor);
  if (no) return no;
  const errors: FieldErrors = [];
  const provision = await activeProvision(db, input.provisionId);
  if (!provision) errors.push({ field: 'provisionId', message: redactionTexts.provision });
  const motivering = validMotivering(input.motivering, errors);
  const resolved = await resolveTarget(db, target);
  if (!resolved.ok) errors.unshift(...resolved.errors);
  if (errors.length || !resolved.ok || !provision) return { ok: false, errors };
  return await inTransaction(db, async (db) => {
      const closed = await refusedUnlessDocumentOpen(db, actor, target.documentId);
      if (closed) return closed;
      // Retired while the target was resolved? Checked again where other writers wait (README "Beslut": read-then-write).
      if (!await activeProvision(db, String(provision.id))) return { ok: false as const, errors: [{ field: 'provisionId', message: redactionTexts.provision }] };
      const at = new Date().toISOString();
      const byDoc = new Map<number, Span[]>();
      for (const s of resolved.value) byDoc.set(s.documentId, [...(byDoc.get(s.documentId) ?? []), s]);
      const ids: number[] = [];
      for (const [documentId, spans] of byDoc) {
        const doc = (await findDocument(db, documentId))!;
        const live = await liveTextRedactionsForDocument(db, documentId);
        const created: number[] = [];
        const seen = new Set<string>();
        for (const s of spans) {
          if (live.some((r) => r.start <= s.start && s.end <= r.end) || seen.has(`${s.start}:${s.end}`)) continue;
          seen.add(`${s.start}:${s.end}`);
          const id = await insertRedaction(db, {
                      documentId,
                      start: s.start,
                      end: s.end,
                      maskedText: doc.text.slice(s.start, s.end),
                      provisionId: provision.id,
                      motivering,
                      proposedBy: actor.id,
                      at,
                    });
          created.push(id);
        }
        if (created.length === 0) continue;
        await appendLog(db, {
                    actorId: actor.id,
                    actor: actor.label,
                    event: 'redaction.proposed',
                    requestId: doc.request_id,
                    documentId,
                    reason: `${created.length === 1 ? 'Maskering föreslagen' : `${created.length} maskeringar föreslagna`} enligt ${provision.label}${motivering ? `: ${motivering}` : ''}`,
                    after: { redactionIds: created, provision: provision.label, how: target.kind },
                  });
        ids.push(...created);
      }
      if (ids.length === 0) return { ok: false as const, errors: [{ field: fieldOf(target), message: redactionTexts.alreadyProposed }] };
      return { ok: true as const, value: { ids } };
    });
}

function fieldOf(t: ProposalTarget): string {
  return { finding: 'findingId', span: 'selection', text: 'text', finding_type: 'type', occurrences: 'occurrences' }[t.kind];
}

/** The proposer changes the provision or motivering of their own proposal until it is decided. */
export async function changeRedaction(db: Db, actor: Actor, redactionId: number, input: ProposalInput): Promise<CommandResult<void>> {
  const found = await findRedaction(db, redactionId);
  if (found && found.status === 'proposed') {
    const no = refused(canChangeRedaction, actor, found);
    if (no) return no;
  }
  const errors: FieldErrors = [];
  const provision = await activeProvision(db, input.provisionId);
  if (!provision) errors.push({ field: 'provisionId', message: redactionTexts.provision });
  const motivering = validMotivering(input.motivering, errors);
  if (errors.length || !provision) return { ok: false, errors };
  return await inTransaction(db, async (db) => {
      const r = await findRedaction(db, redactionId);
      if (!r || r.status !== 'proposed') return { ok: false as const, errors: [{ field: 'provisionId', message: redactionTexts.notProposed }] };
      const no = refused(canChangeRedaction, actor, r) ?? await refusedUnlessDocumentOpen(db, actor, r.document_id);
      if (no) return no;
      if (!await activeProvision(db, String(provision.id))) return { ok: false as const, errors: [{ field: 'provisionId', message: redactionTexts.provision }] };
      await updateRedactionProposal(db, redactionId, provision.id, motivering);
      const doc = (await findDocument(db, r.document_id))!;
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'redaction.changed',
              requestId: doc.request_id,
              documentId: r.document_id,
              reason: `Maskering ändrad från ${r.provision_label} till ${provision.label}${motivering ? `: ${motivering}` : ''}`,
              before: { redactionId, provision: r.provision_label, hasMotivering: !!r.motivering },
              after: { redactionId, provision: provision.label, hasMotivering: !!motivering },
            });
      return { ok: true as const, value: undefined };
    });
}

export async function withdrawRedaction(db: Db, actor: Actor, redactionId: number): Promise<CommandResult<void>> {
  return await inTransaction(db, async (db) => {
      const r = await findRedaction(db, redactionId);
      if (!r || r.status !== 'proposed') return { ok: false as const, errors: [{ field: 'withdraw', message: redactionTexts.notProposed }] };
      const no = refused(canChangeRedaction, actor, r) ?? await refusedUnlessDocumentOpen(db, actor, r.document_id);
      if (no) return no;
      await decideRedaction(db, redactionId, 'withdrawn', actor.id, new Date().toISOString(), null);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'redaction.withdrawn',
              requestId: (await findDocument(db, r.document_id))!.request_id,
              documentId: r.document_id,
              reason: `Förslaget (${r.provision_label}) dras tillbaka av den som föreslog det`,
              before: { redactionId, status: 'proposed', provision: r.provision_label },
              after: { redactionId, status: 'withdrawn' },
            });
      return { ok: true as const, value: undefined };
    });
}

export async function rejectRedaction(db: Db, actor: Actor, redactionId: number, reason: string, allowSelfApproval: boolean): Promise<CommandResult<void>> {
  const found = await findRedaction(db, redactionId);
  // Rejecting belongs to the sekretessprövning; whose proposal it is matters while it is undecided.
  if (!canAssessSecrecy(actor) || (found?.status === 'proposed' && !canRejectRedaction(actor, found, allowSelfApproval))) return forbidden(canRejectRedaction.why);
  const why = reason.trim();
  if (!why) return { ok: false, errors: [{ field: 'reason', message: redactionTexts.rejectReason }] };
  if (why.length > MAX_MOTIVERING) return { ok: false, errors: [{ field: 'reason', message: `Skälet får vara högst ${MAX_MOTIVERING} tecken.` }] };
  return await inTransaction(db, async (db) => {
      const r = await findRedaction(db, redactionId);
      if (!r || r.status !== 'proposed') return { ok: false as const, errors: [{ field: 'reason', message: redactionTexts.notProposed }] };
      const no = refused(canRejectRedaction, actor, r, allowSelfApproval) ?? await refusedUnlessDocumentOpen(db, actor, r.document_id);
      if (no) return no;
      await decideRedaction(db, redactionId, 'rejected', actor.id, new Date().toISOString(), why);
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'redaction.rejected',
              requestId: (await findDocument(db, r.document_id))!.request_id,
              documentId: r.document_id,
              reason: `Maskering enligt ${r.provision_label} avslagen: ${why}`,
              before: { redactionId, status: 'proposed', provision: r.provision_label, proposedBy: r.proposed_by },
              after: { redactionId, status: 'rejected', selfDecided: r.proposed_by === actor.id },
            });
      return { ok: true as const, value: undefined };
    });
}

// ---------------------------------------------------------------------------------------------
// Sekretessprövning

export interface AssessmentInput {
  outcome: string;
  provisionIds: string[];
  motivering: string;
  /**
   * Per chosen provision (by id), the circumstances that meet its harm test: what makes harm likely
   * (rakt), why it is not clear that no harm follows (omvänt), and so on. Required for every
   * provision a masking or withholding rests on (FL 32 §; JO 1102-2004 for 21:7).
   */
  circumstances?: Record<string, string>;
  /**
   * What the requester, the letter and the läsesal call the handling. The form always shows it,
   * proposed neutral (proposedPublicTitle); left out (seed data, tests), the proposal is used.
   */
  publicTitle?: string;
  /** The reviewer's choice when the guard found masked text in the public title. */
  leakChoice?: LeakChoice;
}

export const MAX_CIRCUMSTANCES = 2000;

/** The error for a provision without its circumstances; 21:7 needs a concrete one (JO 1102-2004). */
export function circumstancesMissing(p: { label: string; harm_test: string }): string {
  if (p.label === 'OSL 21:7') {
    return `Skriv den konkreta omständighet som gör att det kan antas att uppgifterna behandlas i strid med dataskyddsförordningen efter utlämnandet (${p.label}, JO 1102-2004).`;
  }
  return `Skriv de omständigheter som uppfyller skaderekvisitet i ${p.label} (${p.harm_test === 'absolut' ? 'absolut sekretess: varför uppgiften omfattas' : `${p.harm_test} skaderekvisit`}).`;
}

export type AssessmentResult = CommandResult<number> | (Invalid & { leaks: FoundFieldLeak[] });

/**
 * Records the sekretessprövning of one handling: release in full, with maskeringar (TF 2 kap. 15 §
 * third sentence), or withhold in full. Withholding and masking rest on provisions; the motivering
 * explains the harm test (skaderekvisitet). The latest row is the current assessment.
 */
export async function recordAssessment(db: Db, actor: Actor, documentId: number, input: AssessmentInput): Promise<AssessmentResult> {
  const no = refused(canAssessSecrecy, actor);
  if (no) return no;
  const errors: FieldErrors = [];
  const outcome = isAssessmentOutcome(input.outcome) ? input.outcome : null;
  if (!outcome) errors.push({ field: 'outcome', message: redactionTexts.outcome });
  const provisions = await mapInOrder(new Set(input.provisionIds), (raw) => activeProvision(db, raw));
  if (provisions.some((p) => p === null)) errors.push({ field: 'provisionIds', message: redactionTexts.provision });
  else if (outcome === 'withhold' && provisions.length === 0) errors.push({ field: 'provisionIds', message: redactionTexts.withholdProvision });
  else if (outcome === 'release_masked' && provisions.length === 0) errors.push({ field: 'provisionIds', message: redactionTexts.maskedProvision });
  const motivering = input.motivering.trim();
  if (outcome && outcome !== 'release_full' && !motivering) errors.push({ field: 'assessmentMotivering', message: redactionTexts.assessmentMotivering });
  if (motivering.length > 5000) errors.push({ field: 'assessmentMotivering', message: 'Motiveringen får vara högst 5000 tecken.' });
  // The harm test is applied and recorded per provision: the circumstances that meet it (LEGAL.md, FL 32 §).
  const circumstances: Record<string, string> = {};
  if (outcome && outcome !== 'release_full') {
    for (const p of provisions) {
      if (!p) continue;
      const text = (input.circumstances?.[String(p.id)] ?? '').replace(/\r\n?/g, '\n').trim();
      if (text === '') errors.push({ field: `circumstance-${p.id}`, message: circumstancesMissing(p) });
      else if ([...text].length > MAX_CIRCUMSTANCES) errors.push({ field: `circumstance-${p.id}`, message: `Omständigheterna får vara högst ${MAX_CIRCUMSTANCES} tecken.` });
      else circumstances[String(p.id)] = text;
    }
  }
  const doc = await findDocument(db, documentId);
  if (!doc) throw new Error(`document ${documentId} not found`);
  const title = cleanPublicTitle(input.publicTitle ?? proposedPublicTitle(doc));
  if (!title.ok) errors.push({ field: 'publicTitle', message: title.message });
  if (errors.length || !outcome || !title.ok) return { ok: false, errors };
  const chosen = provisions as ProvisionRow[];
  return await inTransaction(db, async (db): Promise<AssessmentResult> => {
      const closed = await refusedUnlessOpen(db, actor, doc.request_id);
      if (closed) return closed;
      // A provision retired since it was looked up does not carry a new assessment (README "Beslut": read-then-write).
      for (const p of chosen) if (!await activeProvision(db, String(p.id))) return { ok: false as const, errors: [{ field: 'provisionIds', message: redactionTexts.provision }] };
      // The public title reaches the requester: the leak guard screens it like the released text.
      const screened = await screenFields(db, doc.request_id, [{ key: publicTitleField(doc.id), formField: 'publicTitle', label: 'Den publika titeln', text: title.value }], input.leakChoice ?? null);
      if (!screened.ok) return { ok: false, errors: screened.errors, leaks: screened.leaks };
      const publicTitle = screened.values.get(publicTitleField(doc.id))!;
      const now = new Date();
      if (input.leakChoice?.kind === 'exempt') await recordExemptions(db, actor, doc.request_id, screened.exemptions, input.leakChoice.reason, now);
      const before = await currentAssessment(db, documentId);
      const id = await insertAssessment(db, {
              documentId,
              outcome,
              provisionIds: chosen.map((p) => p.id),
              motivering,
              circumstances,
              publicTitle,
              by: actor.id,
              at: now.toISOString(),
            });
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'secrecy_assessment.recorded',
              requestId: doc.request_id,
              documentId,
              reason: `${assessmentLabels[outcome]}${chosen.length ? ` enligt ${chosen.map((p) => p.label).join(', ')}` : ''}${motivering ? `: ${motivering}` : ''}`,
              before: before ? { assessmentId: before.id, outcome: before.outcome } : undefined,
              // Whether the title was changed from the proposal, never the title: it may name a person.
              after: { assessmentId: id, outcome, provisions: chosen.map((p) => p.label), publicTitleProposed: publicTitle === proposedPublicTitle(doc) },
            });
      return { ok: true as const, value: id };
    });
}

// ---------------------------------------------------------------------------------------------
// The leak guard and approval

/**
 * Runs the leak guard (leakGuard.ts) over every handling of the request as it would be released if the
 * proposed and approved maskeringar were approved: withheld handlings release nothing. Returns the
 * hits that concern this handling: those in it, and those elsewhere of text masked in it. Hits inside
 * a recorded exemption are accepted.
 */
export async function leakHitsFor(db: Db, documentId: number): Promise<LeakHit<number>[]> {
  const doc = await findDocument(db, documentId);
  if (!doc) return [];
  const docs = await mapInOrder(await documentTextsForRequest(db, doc.request_id), async (d) => {
    const redactions = (await liveTextRedactionsForDocument(db, d.id)).map((r) => ({ start: r.start, end: r.end, provisionLabel: r.marker_label }));
    const withheld = (await currentAssessment(db, d.id))?.outcome === 'withhold';
    return { id: d.id, original: d.text, redactions, areaTexts: await liveAreaTextsForDocument(db, d.id), released: withheld ? null : buildReleasedText(d.text, redactions, { mode: 'fixed' }).text };
  });
  const own = docs.find((d) => d.id === documentId);
  const mine = new Set([
    ...(own?.redactions ?? []).map((r) => {
      const w = widenToGraphemes(doc.text, r.start, r.end);
      return foldForComparison(doc.text.slice(w.start, w.end));
    }),
    ...(own?.areaTexts ?? []).map(foldForComparison),
  ]);
  const exemptions = await exemptionsForRequest(db, doc.request_id);
  return checkRelease({ documents: docs }).filter(
    (h) =>
      (h.documentId === documentId || mine.has(foldForComparison(h.maskedText))) &&
      !exemptions.some((e) => e.document_id === h.documentId && e.start <= h.start && h.end <= e.end),
  );
}

/** The redacted PDF made for an approval, and a fingerprint of the maskeringar it was made from. */
export interface ApprovedPdf {
  bytes: Uint8Array;
  pageCount: number;
  removed: unknown;
  fingerprint: string;
  /** Pages without a text layer the approving jurist confirmed having looked at (they go out as images). */
  scannedPagesConfirmed: number[];
}

/**
 * Everything about a handling's live maskeringar that decides the redacted PDF: status, span,
 * provision and areas. Compared inside the approval's transaction with the one the PDF was made from.
 */
export async function maskingFingerprint(db: Db, documentId: number): Promise<string> {
  const live = (await liveRedactionsForDocument(db, documentId)).map((r) => [r.id, r.status, r.start, r.end, r.provision_id]);
  const areas = (await areasForDocument(db, documentId)).map((a) => [a.id, a.redaction_id, a.page, a.x0, a.y0, a.x1, a.y1]);
  return createHash('sha256').update(JSON.stringify([live, areas])).digest('hex');
}

export interface Approval {
  /** The released version built, or null while maskeringar the approver proposed wait for another jurist. */
  releasedVersionId: number | null;
  /** The maskeringar approved by this click. */
  approved: number;
  /** Proposed maskeringar left for another jurist: the approver's own (four eyes). */
  waiting: number;
  selfApproval: boolean;
}

export type ApprovalResult =
  | { ok: true; value: Approval; forbidden?: undefined }
  | { ok: false; errors: FieldErrors; forbidden?: undefined; leaks?: undefined }
  | { ok: false; errors: FieldErrors; forbidden?: undefined; leaks: LeakHit<number>[] }
  | (Forbidden & { leaks?: undefined });

/** Who proposed the still-undecided maskeringar of a handling: the four-eyes check needs them. */
export async function proposersOf(db: Db, documentId: number): Promise<number[]> {
  return [...new Set((await liveRedactionsForDocument(db, documentId)).filter((r) => r.status === 'proposed').map((r) => r.proposed_by))];
}

type ApprovalRefusal = Extract<ApprovalResult, { ok: false; forbidden?: undefined }>;

/**
 * What approving a handling's proposed maskeringar would run into, checked without changing
 * anything: the assessment must fit, every provision be named and in force, something must change
 * and the leak guard find nothing. The command runs it in its transaction after the permission
 * checks; the secrecy page runs it after a refused approval, so the refusal is shown at an address
 * that can be reloaded (redirect after POST).
 */
async function approvalChecks(db: Db, actor: Actor, documentId: number, opts: { allowSelfApproval: boolean; mode: MarkerMode }) {
  const doc = await findDocument(db, documentId);
  if (!doc) throw new Error(`document ${documentId} not found`);
  const fail = (message: string): ApprovalRefusal => ({ ok: false, errors: [{ field: 'approve', message }] });
  const live = await liveRedactionsForDocument(db, documentId);
  const proposed = live.filter((r) => r.status === 'proposed');
  const approvable = proposed.filter((r) => canApproveRedaction(actor, r, opts.allowSelfApproval));
  const waiting = proposed.length - approvable.length;
  const assessment = await currentAssessment(db, documentId);
  if (!assessment) return fail(redactionTexts.needsAssessment);
  if (assessment.outcome === 'withhold') return fail(redactionTexts.withheld);
  if (assessment.outcome === 'release_full' && live.length > 0) return fail(redactionTexts.fullButMasked);
  if (assessment.outcome === 'release_masked' && live.length === 0) return fail(redactionTexts.maskedButNone);
  // The decision lists every provision used (LEGAL.md): the assessment must name each one the maskeringar rest on.
  const relied = new Set(JSON.parse(assessment.provision_ids) as number[]);
  const missing = [...new Set(live.filter((r) => !relied.has(r.provision_id)).map((r) => r.provision_label))];
  if (missing.length) {
    return fail(`Sekretessprövningen nämner inte ${missing.join(', ')}, som maskeringar vilar på. Lägg till ${missing.length === 1 ? 'den' : 'dem'} i prövningen.`);
  }
  // Hole 7: a retired provision carries no new approval, neither through a maskering approved now nor through the assessment.
  const retired = (await mapInOrder(new Set([...approvable.map((r) => r.provision_id), ...relied]), (id) => findProvisionById(db, id)))
    .filter((p): p is ProvisionRow => !!p && !isInForce(p))
    .map((p) => p.label)
    .sort();
  if (retired.length) return fail(redactionTexts.retired(retired));
  const built = buildReleasedText(
    doc.text,
    live.filter(isTextRedaction).map((r) => ({ start: r.start, end: r.end, provisionLabel: r.marker_label })),
    { mode: opts.mode },
  );
  const current = await currentReleasedVersion(db, documentId);
  // A PDF handling has also changed when a maskering was placed by hand since, or its file is missing.
  const pdfChanged =
    doc.format === 'pdf' &&
    !!current &&
    (!await releasedPdfFor(db, current.id) || (await areasForDocument(db, documentId)).some((a) => a.placed_at > current.approved_at));
  if (proposed.length === 0 && current && current.text === built.text && !pdfChanged) return fail(redactionTexts.unchanged);
  // The public title reaches the requester with the version: a maskering proposed after the
  // assessment may make it leak (issue 10, hole 1).
  if (assessment.public_title !== null) {
    const exempt = (await fieldExemptionsForRequest(db, doc.request_id)).filter((e) => e.field === publicTitleField(doc.id)).map((e) => e.masked_text);
    if ((await requesterGuard(db, doc.request_id)).leaks(assessment.public_title, exempt).length) return fail(redactionTexts.publicTitleLeaks);
  }
  const leaks = await leakHitsFor(db, documentId);
  if (leaks.length) {
    return { ok: false as const, leaks, errors: [{ field: 'leaks', message: `Läckagekontrollen hittade ${leaks.length === 1 ? 'en förekomst' : `${leaks.length} förekomster`} av maskerad text som annars lämnas ut. Maskera även där eller skriv varför den lämnas ut.` }] };
  }
  return { ok: true as const, doc, live, proposed, approvable, waiting, assessment, built, current };
}

/** The refusal an approval by this actor would get now, or null when it would go through (permissions aside). */
export async function approvalRefusal(db: Db, actor: Actor, documentId: number, opts: { allowSelfApproval: boolean; mode: MarkerMode }): Promise<ApprovalRefusal | null> {
  const r = await approvalChecks(db, actor, documentId, opts);
  return r.ok ? null : r;
}

/**
 * Approves the proposed maskeringar of a handling that the approver may approve, and once none is left
 * waiting, stores the released version built from the original and every approved maskering
 * (STYLE.md 5), superseding the previous one. A handling assessed 'release_full' gets its text
 * unchanged.
 *
 * Four eyes per maskering (canApproveRedaction): each is approved by someone other than its proposer.
 * A reviewer who proposed some of the maskeringar herself approves the others', and hers wait for
 * another jurist, who then finishes. So two jurists can always finish, whoever proposed what (issue
 * 10, hole 8: with four eyes per handling, a jurist who added one "maskera även här" to the other's
 * proposals locked both out).
 *
 * Refused when the request is not open, when the assessment is missing or does not fit, when a
 * maskering to be approved or the assessment rests on a retired provision (hole 7), when the leak
 * guard finds anything, or when nothing changed.
 */
export async function approveRedactions(
  db: Db,
  actor: Actor,
  documentId: number,
  opts: { allowSelfApproval: boolean; mode: MarkerMode; pdf?: ApprovedPdf },
): Promise<ApprovalResult> {
  return await inTransaction(db, async (db): Promise<ApprovalResult> => {
      const doc = await findDocument(db, documentId);
      if (!doc) throw new Error(`document ${documentId} not found`);
      const no = refused(canApproveRedactions, actor, await proposersOf(db, documentId), opts.allowSelfApproval) ?? await refusedUnlessOpen(db, actor, doc.request_id);
      if (no) return no;
      // A PDF handling is released as its own pages (issue 11): approval needs the redacted file, made
      // and read again from exactly these maskeringar (approvePdfRedactions in pdfReleaseCommands.ts).
      if (doc.format === 'pdf' && (await currentAssessment(db, documentId))?.outcome !== 'withhold') {
        if (!opts.pdf) throw new Error('a PDF handling is approved through approvePdfRedactions');
        if (opts.pdf.fingerprint !== await maskingFingerprint(db, documentId)) return { ok: false, errors: [{ field: 'approve', message: redactionTexts.changedMeanwhile }] };
      }
      const checked = await approvalChecks(db, actor, documentId, opts);
      if (!checked.ok) return checked;
      const { live, approvable, waiting, assessment, built, current } = checked;
      const at = new Date().toISOString();
      for (const r of approvable) await decideRedaction(db, r.id, 'approved', actor.id, at, null);
      const selfApproval = approvable.some((r) => r.proposed_by === actor.id);
      const provisions = [...new Set(live.map((r) => r.provision_label))].sort();
      if (waiting > 0) {
        // Four eyes per maskering: the approver's own proposals wait; no released version until they are approved too.
        await appendLog(db, {
                    actorId: actor.id,
                    actor: actor.label,
                    event: 'redaction.partly_approved',
                    requestId: doc.request_id,
                    documentId,
                    reason: `${approvable.length === 1 ? 'En maskering godkänd' : `${approvable.length} maskeringar godkända`}; ${waiting === 1 ? 'en' : waiting} som godkännaren själv föreslog väntar på en annan jurist`,
                    after: { approvedRedactionIds: approvable.map((r) => r.id), waiting, assessmentId: assessment.id },
                  });
        return { ok: true, value: { releasedVersionId: null, approved: approvable.length, waiting, selfApproval } };
      }
      const releasedVersionId = await storeReleasedVersion(db, { documentId, text: built.text, markers: built.markers, mode: opts.mode, approvedBy: actor.id, at });
      if (opts.pdf && doc.format === 'pdf') {
        await insertReleasedPdf(db, { releasedVersionId, bytes: opts.pdf.bytes, sha256: createHash('sha256').update(opts.pdf.bytes).digest('hex'), pageCount: opts.pdf.pageCount, removed: opts.pdf.removed, at });
      }
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'redaction.approved',
              requestId: doc.request_id,
              documentId,
              reason: selfApproval
                ? `Utlämnad version godkänd${provisions.length ? ` (${provisions.join(', ')})` : ''} av den som själv föreslog maskeringar: fyra ögon är avstängt (INSYN_ALLOW_SELF_APPROVAL)`
                : `Utlämnad version godkänd: ${assessmentLabels[assessment.outcome].toLowerCase()}${provisions.length ? ` enligt ${provisions.join(', ')}` : ''}`,
              before: current ? { releasedVersionId: current.id } : undefined,
              after: {
                releasedVersionId,
                approvedRedactionIds: approvable.map((r) => r.id),
                redactionIds: live.map((r) => r.id),
                provisions,
                assessmentId: assessment.id,
                mode: opts.mode,
                selfApproval,
                ...(opts.pdf ? { ownPages: true, scannedPagesConfirmed: opts.pdf.scannedPagesConfirmed } : {}),
              },
            });
      return { ok: true, value: { releasedVersionId, approved: approvable.length, waiting: 0, selfApproval } };
    });
}

export interface ExemptionInput {
  documentId: number;
  start: number;
  end: number;
  reason: string;
}

/**
 * "Lämna ut här, med skäl": a reviewer decides that text masked elsewhere may stand at this place,
 * e.g. the requester's own data (OSL 12 kap. 1 §) or a name that is public in this context. The
 * leak guard accepts hits inside the span from then on.
 */
export async function recordLeakExemption(db: Db, actor: Actor, input: ExemptionInput): Promise<CommandResult<number>> {
  const no = refused(canExemptLeak, actor);
  if (no) return no;
  const why = input.reason.trim();
  if (!why) return { ok: false, errors: [{ field: 'reason', message: redactionTexts.exemptReason }] };
  if (why.length > MAX_MOTIVERING) return { ok: false, errors: [{ field: 'reason', message: `Skälet får vara högst ${MAX_MOTIVERING} tecken.` }] };
  const doc = await findDocument(db, input.documentId);
  if (!doc || !Number.isInteger(input.start) || !Number.isInteger(input.end) || input.start < 0 || input.end > doc.text.length || input.start >= input.end) {
    return { ok: false, errors: [{ field: 'reason', message: redactionTexts.spanInvalid }] };
  }
  return await inTransaction(db, async (db) => {
      const closed = await refusedUnlessOpen(db, actor, doc.request_id);
      if (closed) return closed;
      const id = await insertExemption(db, { documentId: doc.id, start: input.start, end: input.end, reason: why, by: actor.id, at: new Date().toISOString() });
      await appendLog(db, {
              actorId: actor.id,
              actor: actor.label,
              event: 'redaction.leak_exempted',
              requestId: doc.request_id,
              documentId: doc.id,
              reason: why,
              after: { exemptionId: id, start: input.start, end: input.end },
            });
      return { ok: true as const, value: id };
    });
}
