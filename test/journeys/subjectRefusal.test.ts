/// <reference lib="dom" />
// Browser journey for a refusal of a registerutdrag at a state authority (INSYN_ORG_KIND=state_authority): the jurist refuses under
// art. 12.5, the form's errors first; the data subject opens the decision and reads how to appeal to the named förvaltningsrätt and complain
// to IMY; the administrator finds the appeal texts among the templates. Axe on each page.
import { describe, expect, it } from 'vitest';
import { expectNoViolations, loginAs, useJourney } from '../helpers/browser.ts';
import { TEST_PNR } from '../helpers/fixtures.ts';

const journey = useJourney({ INSYN_ORG_KIND: 'state_authority' });

describe('refusal of a registerutdrag journey', () => {
  it('refuses under art. 12.5 with reasons; the data subject reads the appeal and complaint; the templates are editable', async () => {
    const base = journey.server.url;
    const jur = await (await journey.browser.newContext()).newPage();
    await loginAs(jur, base, 'jurist@exempelstad.se');

    await jur.goto(`${base}/subject-requests/new`);
    await jur.getByLabel('Hur kom begäran in?').selectOption('letter');
    await jur.getByLabel('Registerutdrag (art. 15)').check();
    await jur.getByLabel('Den registrerades namn').fill('Tolvan Tolvansson');
    await jur.getByLabel('Personnummer eller samordningsnummer (valfritt)').fill(TEST_PNR);
    await jur.getByRole('button', { name: 'Registrera', exact: true }).click();
    await jur.waitForURL(/\/subject\?klart=registrerad/);
    const subjectUrl = jur.url().replace(/\?.*$/, '');
    await jur.getByLabel('Hur fastställdes identiteten?').selectOption('id_document_at_desk');
    await jur.getByLabel('Referens').fill('Körkort visat för Rut i receptionen');
    await jur.getByRole('button', { name: 'Anteckna identiteten' }).click();
    await jur.waitForURL(/klart=identitet/);
    await expectNoViolations(jur);

    // A refusal without ground and reasons: the errors at the fields, in the summary, axe clean.
    await jur.getByLabel('Hur besvaras begäran?').selectOption('refused');
    await jur.getByRole('button', { name: 'Besvara med registerutdrag' }).click();
    await jur.waitForURL(/\/subject\/answer$/);
    expect(await jur.title()).toMatch(/^Fel: /);
    expect(await jur.locator('.error-summary').textContent()).toContain('Välj skälet till avslaget enligt artikel 12.5.');
    await expectNoViolations(jur);
    await jur.getByLabel('Skäl till avslag eller delvis avslag (valfritt)').selectOption('manifestly_excessive');
    await jur.getByLabel('Motivering till den registrerade (valfritt)').fill('Du har fått ett registerutdrag två gånger den här månaden och inget har ändrats sedan dess.');
    await jur.getByRole('button', { name: 'Besvara med registerutdrag' }).click();
    await jur.waitForURL(/klart=besvarad/);
    await expectNoViolations(jur);
    expect(await jur.locator('#access-outcome').textContent()).toContain('Avslag');
    await jur.getByRole('button', { name: 'Skapa länk till den registrerade' }).click();
    await jur.waitForURL(/\/release-links$/);
    const link = await jur.locator('#link').inputValue();

    const subject = await (await journey.browser.newContext()).newPage();
    await subject.goto(link);
    await expectNoViolations(subject);
    const page = (await subject.locator('main').textContent()) ?? '';
    expect(page).toContain('avslår din begäran');
    expect(page).toMatch(/Förvaltningsrätten i [A-ZÅÄÖ]/); // the court named (INSYN_FORVALTNINGSRATT), migration 0070
    expect(page).toContain('7 kap. 2 §');
    expect(page).toContain('tre veckor');
    expect(page).toContain('Integritetsskyddsmyndigheten');
    expect(page).not.toContain(TEST_PNR);

    // A refused erasure (bokföringslagen) is a decision too: the person gets it through a link, with the appeal.
    await jur.goto(`${base}/subject-requests/new`);
    await jur.getByLabel('Hur kom begäran in?').selectOption('email');
    await jur.getByLabel('Radering (art. 17)').check();
    await jur.getByLabel('Den registrerades namn').fill('Tolvan Tolvansson');
    await jur.getByRole('button', { name: 'Registrera', exact: true }).click();
    await jur.waitForURL(/\/subject\?klart=registrerad/);
    await jur.getByLabel('Hur fastställdes identiteten?').selectOption('bankid');
    await jur.getByLabel('Referens').fill('BankID-order 9c2e');
    await jur.getByRole('button', { name: 'Anteckna identiteten' }).click();
    await jur.waitForURL(/klart=identitet/);
    await jur.getByLabel('Utfall').selectOption('refused');
    await jur.getByLabel('Vad har gjorts och varför').fill('Fakturorna är räkenskapsinformation och sparas i sju år.');
    await jur.getByLabel('Lag som kräver att uppgifterna sparas (valfritt)').selectOption('bokforingslagen');
    await jur.getByRole('button', { name: 'Spara utfallet' }).click();
    await jur.waitForURL(/klart=utfall/);
    await expectNoViolations(jur);
    await jur.getByRole('button', { name: 'Skapa länk till den registrerade' }).click();
    await jur.waitForURL(/\/release-links$/);
    await subject.goto(await jur.locator('#link').inputValue());
    await expectNoViolations(subject);
    const erasure = (await subject.locator('main').textContent()) ?? '';
    expect(erasure).toContain('avslår din begäran');
    expect(erasure).toContain('Bokföringslagen');
    expect(erasure).toMatch(/Förvaltningsrätten i [A-ZÅÄÖ]/);

    const adm = await (await journey.browser.newContext()).newPage();
    await loginAs(adm, base, 'admin@exempelstad.se');
    await adm.goto(`${base}/admin/subject-template`);
    await expectNoViolations(adm);
    expect(await adm.locator('main').textContent()).toContain('Klagomål och överklagande – myndighet, kommun eller region');
    await adm.locator('#body-subject_appeal_authority').fill('Överklaga till {{förvaltningsrätt}} inom tre veckor. Klaga hos IMY.');
    await adm.locator('#template-subject_appeal_authority').getByRole('button', { name: 'Spara mallen' }).click();
    await adm.waitForURL(/klart=sparad/);
    await expectNoViolations(adm);
    await adm.locator('#body-subject_appeal_company').fill('Inget om klagomål.');
    await adm.locator('#template-subject_appeal_company').getByRole('button', { name: 'Spara mallen' }).click();
    expect(await adm.title()).toMatch(/^Fel: /);
    await expectNoViolations(adm);
    void subjectUrl;
  });
});
