// Radio groups with an error follow the field conventions (RadioField): the error at the group, with "Fel: " for screen readers, linked by aria-describedby, and the id the error summary links to.
import { beforeEach, describe, expect, it } from 'vitest';
import { login, makeTestApp, post, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { assessedDocument, toReview } from '../helpers/release.ts';

let t: TestApp;
let registrar: string;
let reviewer: string;

beforeEach(async () => {
  t = await makeTestApp();
  registrar = await login(t.app, 'registrar');
  reviewer = await login(t.app, 'reviewer');
});

/** The group's error as RadioField writes it: linked from the fieldset, in the summary, with the hidden "Fel: ". */
function expectLinkedError(html: string, id: string, message: string) {
  expect(html).toContain(`<a href="#${id}">${message}</a>`);
  expect(html).toMatch(new RegExp(`<div class="field field--error" id="${id}"><fieldset class="radios" aria-describedby="[^"]*\\b${id}-error"`));
  expect(html).toContain(`<p class="field__error" id="${id}-error"><span class="visually-hidden">Fel: </span>${message}</p>`);
}

describe('radio groups with an error', () => {
  it('the new status', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    const res = await post(t.app, `/requests/${r.id}/status`, { to: '', reason: '' }, registrar);
    expect(res.status).toBe(422);
    const html = await res.text();
    const message = /<p class="field__error"[^>]*>(?:<span class="visually-hidden">Fel: <\/span>)?([^<]+)<\/p>/.exec(html)![1]!;
    expectLinkedError(html, 'to', message);
  });

  it('the förbehåll question before a refusal (OSL 10 kap. 14 §)', async () => {
    const r = await makeRequest(t.db, t.ids.registrar);
    await assessedDocument(t.db, t.ids, r.id, { title: 'Utredning', text: 'Socialtjänstens utredning om familjen.', outcome: 'withhold', provisions: ['OSL 26:1'] });
    await toReview(t.db, t.ids.reviewer, r.id);
    const res = await post(t.app, `/requests/${r.id}/decision`, { motivering: 'OSL 26:1.', condition: '' }, reviewer);
    expect(res.status).toBe(422);
    expectLinkedError(await res.text(), 'conditionRisk', 'Svara på om ett förbehåll skulle undanröja risken (OSL 10 kap. 14 §).');
  });
});
