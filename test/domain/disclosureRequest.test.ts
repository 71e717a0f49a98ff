// Tests for request states (every pair in the transition table), labels, log events and the registration validator.
import { canChangeCase, canMoveRequest, canReopenDecision } from '../../src/domain/requestPolicy.ts';
import { describe, expect, it } from 'vitest';
import {
  canTransition,
  channelLabel,
  channels,
  formWantedLabel,
  formsWanted,
  isOpen,
  next,
  requestEvents,
  statusLabel,
  statuses,
  transitionEvent,
  transitionRequiresReason,
  validateRequestInput,
  type Status,
} from '../../src/domain/disclosureRequest.ts';
import { stockholmInstant } from '../../src/domain/workingDays.ts';

// The whole table written out, so a change to it is a deliberate change to this test too.
const allowed: Array<[Status, Status, 'none' | 'reason']> = [
  ['registered', 'in_progress', 'none'],
  ['registered', 'in_review', 'none'],
  ['registered', 'withdrawn', 'reason'],
  ['in_progress', 'in_review', 'none'],
  ['in_progress', 'decided', 'none'],
  ['in_progress', 'withdrawn', 'reason'],
  ['in_review', 'decided', 'none'],
  ['in_review', 'in_progress', 'none'],
  ['in_review', 'withdrawn', 'reason'],
  ['decided', 'closed', 'none'],
  // Reopening a decision: reopenRequest, by a reviewer, with a reason (issue 10, hole 6).
  ['decided', 'in_progress', 'reason'],
  ['closed', 'in_progress', 'reason'],
  ['withdrawn', 'in_progress', 'reason'],
];

describe('transitions', () => {
  const pairs = statuses.flatMap((from) => statuses.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s', (from, to) => {
    const row = allowed.find(([f, t]) => f === from && t === to);
    expect(canTransition(from, to)).toBe(row !== undefined);
    expect(transitionRequiresReason(from, to)).toBe(row?.[2] === 'reason');
  });

  it('has a row for every status and no status follows itself', () => {
    expect(Object.keys(next).sort()).toEqual([...statuses].sort());
    for (const s of statuses) expect(canTransition(s, s)).toBe(false);
  });

  it('names the log event of each allowed transition', () => {
    expect(transitionEvent('registered', 'in_progress')).toBe('request.status_changed');
    expect(transitionEvent('in_review', 'decided')).toBe('request.status_changed');
    expect(transitionEvent('decided', 'closed')).toBe('request.status_changed');
    expect(transitionEvent('in_progress', 'withdrawn')).toBe('request.withdrawn');
    expect(transitionEvent('closed', 'in_progress')).toBe('request.reopened');
    expect(transitionEvent('withdrawn', 'in_progress')).toBe('request.reopened');
    for (const [from, to] of allowed) expect(requestEvents).toContain(transitionEvent(from, to));
  });

  it('refuses to name an event for a transition the table does not allow', () => {
    expect(() => transitionEvent('registered', 'closed')).toThrow();
    expect(() => transitionEvent('decided', 'withdrawn')).toThrow();
  });

  it('the status form never sets decided and never reopens a decision, for any role (issue 10, holes 5 and 6)', () => {
    for (const role of ['registrar', 'reviewer', 'admin'] as const) {
      for (const [from, to] of pairs) {
        if (to === 'decided' || ((from === 'decided' || from === 'closed') && to === 'in_progress')) {
          expect(canMoveRequest({ id: 1, role }, from, to), `${role}: ${from} → ${to}`).toBe(false);
        }
      }
    }
    expect(canMoveRequest({ id: 1, role: 'registrar' }, 'withdrawn', 'in_progress')).toBe(true);
    expect(canMoveRequest({ id: 1, role: 'registrar' }, 'decided', 'closed')).toBe(true);
    expect(canMoveRequest({ id: 1, role: 'admin' }, 'decided', 'closed')).toBe(false);
  });

  it('a case changes only while the request is open; a decision is reopened by a reviewer', () => {
    expect(statuses.filter((s) => canChangeCase({ id: 1, role: 'registrar' }, s))).toEqual(['registered', 'in_progress', 'in_review']);
    expect((['registrar', 'reviewer', 'admin'] as const).filter((role) => canReopenDecision({ id: 1, role }))).toEqual(['reviewer']);
  });

  it('knows which requests are still open', () => {
    expect(statuses.filter(isOpen)).toEqual(['registered', 'in_progress', 'in_review']);
  });
});

describe('Swedish labels', () => {
  it('labels every status', () => {
    expect(statuses.map(statusLabel)).toEqual([
      'Registrerad',
      'Under handläggning',
      'Under sekretessprövning',
      'Beslutad',
      'Avslutad',
      'Återkallad',
    ]);
  });

  it('labels every channel and form', () => {
    expect(channels.map(channelLabel)).toEqual(['E-post', 'Telefon', 'Brev', 'Besök', 'Webbformulär']);
    expect(formsWanted.map(formWantedLabel)).toEqual(['På plats', 'Papperskopia', 'Elektronisk kopia']);
  });
});

describe('validateRequestInput', () => {
  const now = stockholmInstant('2026-03-04', '11:00');
  const good = {
    receivedDate: '2026-03-04',
    receivedTime: '09:30',
    channel: 'email',
    description: 'Alla beslut om bygglov på Storgatan 1 under 2025.',
    formWanted: 'electronic_copy',
  };
  const errorsOf = (raw: Record<string, string>) => {
    const r = validateRequestInput(raw, now);
    return r.ok ? [] : r.errors;
  };

  it('accepts an anonymous request and reads the time as Stockholm time', () => {
    const r = validateRequestInput(good, now);
    expect(r).toEqual({
      ok: true,
      value: {
        receivedAt: new Date('2026-03-04T08:30:00Z'),
        // A request for handlingar unless marked as one for uppgifter (OSL 6 kap. 4 §).
        asksFor: 'documents',
        channel: 'email',
        description: 'Alla beslut om bygglov på Storgatan 1 under 2025.',
        formWanted: 'electronic_copy',
        requesterName: null,
        requesterContact: null,
        diarienummer: null,
        identityQuestion: null,
        identityReason: null,
      },
    });
  });

  it('accepts a request with requester details, trimmed', () => {
    const r = validateRequestInput(
      {
        ...good,
        receivedTime: '9:30',
        requesterName: '  Tolvan Tolvansson ',
        requesterContact: 'tolvan@example.se',
        diarienummer: 'KS 2026/17',
        identityQuestion: 'Frågade om sökanden själv är part i ärendet.',
        identityReason: 'Handlingen kan röra sökanden själv; sekretess gäller inte mot den enskilde (OSL 12 kap. 1 §).',
      },
      now,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.requesterName).toBe('Tolvan Tolvansson');
    expect(r.value.receivedAt.toISOString()).toBe('2026-03-04T08:30:00.000Z');
    expect(r.value.identityReason).toContain('OSL 12 kap. 1 §');
  });

  it('reads a summer time in CEST', () => {
    const r = validateRequestInput({ ...good, receivedDate: '2026-07-01', receivedTime: '10:00' }, new Date('2026-07-02T00:00:00Z'));
    expect(r.ok && r.value.receivedAt.toISOString()).toBe('2026-07-01T08:00:00.000Z');
  });

  it('lists every missing required field in form order with its message', () => {
    expect(errorsOf({})).toEqual([
      { field: 'receivedDate', message: 'Fyll i när begäran kom in.' },
      { field: 'receivedTime', message: 'Fyll i vilken tid begäran kom in.' },
      { field: 'channel', message: 'Välj hur begäran kom in.' },
      { field: 'description', message: 'Beskriv vad som begärs.' },
      { field: 'formWanted', message: 'Välj hur sökanden vill ta del av handlingarna.' },
    ]);
  });

  it('treats whitespace as missing', () => {
    expect(errorsOf({ ...good, description: ' \r\n\t ' })).toEqual([
      { field: 'description', message: 'Beskriv vad som begärs.' },
    ]);
  });

  it.each([
    ['2026-02-30', 'Datumet måste vara ett riktigt datum.'],
    ['2025-02-29', 'Datumet måste vara ett riktigt datum.'],
    ['2026-13-01', 'Datumet måste vara ett riktigt datum.'],
    ['2026-3-4', 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.'],
    ['04/03/2026', 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.'],
    ['igår', 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-02.'],
    ['2026-03-05', 'Datumet kan inte ligga i framtiden.'],
    ['2027-01-01', 'Datumet kan inte ligga i framtiden.'],
  ])('refuses the date %s', (receivedDate, message) => {
    expect(errorsOf({ ...good, receivedDate })).toEqual([{ field: 'receivedDate', message }]);
  });

  it.each([
    ['25:00', 'Tiden måste vara en riktig tid.'],
    ['12:60', 'Tiden måste vara en riktig tid.'],
    ['kl. 9', 'Skriv tiden som TT:MM, till exempel 09:30.'],
    ['0930', 'Skriv tiden som TT:MM, till exempel 09:30.'],
    ['11:01', 'Tiden kan inte ligga i framtiden.'],
  ])('refuses the time %s', (receivedTime, message) => {
    expect(errorsOf({ ...good, receivedTime })).toEqual([{ field: 'receivedTime', message }]);
  });

  it('accepts the present minute and 09.30 with a dot', () => {
    expect(errorsOf({ ...good, receivedTime: '11:00' })).toEqual([]);
    expect(errorsOf({ ...good, receivedTime: '09.30' })).toEqual([]);
  });

  it('refuses an unknown channel or form with the same message as a missing one', () => {
    expect(errorsOf({ ...good, channel: 'fax' })).toEqual([{ field: 'channel', message: 'Välj hur begäran kom in.' }]);
    expect(errorsOf({ ...good, channel: 'toString' })).toEqual([{ field: 'channel', message: 'Välj hur begäran kom in.' }]);
    expect(errorsOf({ ...good, formWanted: 'pdf' })).toEqual([
      { field: 'formWanted', message: 'Välj hur sökanden vill ta del av handlingarna.' },
    ]);
  });

  it('accepts every channel and form', () => {
    for (const channel of channels) expect(errorsOf({ ...good, channel })).toEqual([]);
    for (const formWanted of formsWanted) expect(errorsOf({ ...good, formWanted })).toEqual([]);
  });

  it('limits the description to 4000 characters as a person counts them', () => {
    expect(errorsOf({ ...good, description: 'å'.repeat(4000) })).toEqual([]);
    // A textarea sends CRLF; a line break is one character.
    expect(errorsOf({ ...good, description: 'a\r\n'.repeat(1999) + 'ab' })).toEqual([]);
    // An emoji is one character though two UTF-16 units.
    expect(errorsOf({ ...good, description: '📄'.repeat(4000) })).toEqual([]);
    expect(errorsOf({ ...good, description: 'a'.repeat(4001) })).toEqual([
      { field: 'description', message: 'Beskrivningen får vara högst 4000 tecken.' },
    ]);
  });

  it('limits the optional fields', () => {
    expect(
      errorsOf({
        ...good,
        requesterName: 'n'.repeat(201),
        requesterContact: 'c'.repeat(301),
        diarienummer: 'd'.repeat(101),
      }),
    ).toEqual([
      { field: 'requesterName', message: 'Namnet får vara högst 200 tecken.' },
      { field: 'requesterContact', message: 'Kontaktuppgiften får vara högst 300 tecken.' },
      { field: 'diarienummer', message: 'Diarienumret får vara högst 100 tecken.' },
    ]);
    expect(errorsOf({ ...good, requesterName: 'n'.repeat(200), requesterContact: 'c'.repeat(300), diarienummer: 'd'.repeat(100) })).toEqual([]);
  });

  it('refuses a question about identity or purpose without the reason the secrecy assessment needs it (TF 2 kap. 18 §)', () => {
    expect(errorsOf({ ...good, identityQuestion: 'Frågade efter namn.' })).toEqual([
      { field: 'identityReason', message: 'Fyll i varför sekretessprövningen behöver frågan om identitet eller syfte.' },
    ]);
    expect(errorsOf({ ...good, identityQuestion: 'Frågade efter namn.', identityReason: '   ' })).toHaveLength(1);
  });

  it('refuses a reason without the question it explains', () => {
    expect(errorsOf({ ...good, identityReason: 'För sekretessprövningen.' })).toEqual([
      { field: 'identityQuestion', message: 'Fyll i vilken fråga om identitet eller syfte som ställdes.' },
    ]);
  });

  it('reports several bad fields at once', () => {
    const fields = errorsOf({ receivedDate: '2026-02-30', receivedTime: '09:00', channel: 'fax', description: 'x'.repeat(4001) }).map(
      (e) => e.field,
    );
    expect(fields).toEqual(['receivedDate', 'channel', 'description', 'formWanted']);
  });
});
