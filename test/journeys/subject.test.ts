/// <reference lib="dom" />
// Browser journey for a registerutdrag (GDPR art. 15, 20): a registrator registers the data subject's request, records identity,
// finds the person in a handling and confirms the hit; the other person in it is masked with four eyes; the answer is given and
// the data subject opens the extract through the link. Axe on each page.
import { describe, expect, it } from 'vitest';
import { expectNoViolations, loginAs, registerRequestInBrowser, useJourney } from '../helpers/browser.ts';
import { TEST_PNR, TEST_PNR_2 } from '../helpers/fixtures.ts';

const journey = useJourney();

const SUBJECT = 'Tolvan Tolvansson';
const OTHER = 'Sixten Karlsson';
const HANDLING = `Avtal om fjärrvärme

Kund: ${SUBJECT}, personnummer ${TEST_PNR}.
Medsökande: ${OTHER}, personnummer ${TEST_PNR_2}.
Kunden betalar 1 200 kr i månaden.`;

describe('registerutdrag journey', () => {
  it('registration, identity, search, masking with four eyes, answer, and the data subject opens the extract', async () => {
    const base = journey.server.url;
    const reg = await (await journey.browser.newContext()).newPage();
    await loginAs(reg, base, 'registrator@exempelstad.se');

    // A handling held in an ordinary request, with the data subject and another person in it.
    await registerRequestInBrowser(reg, base, 'Avtal om fjärrvärme');
    await reg.getByRole('link', { name: 'Bifoga handlingar' }).click();
    await reg.getByLabel('Rubrik').fill('Avtal fjärrvärme');
    await reg.getByLabel('Text', { exact: true }).fill(HANDLING);
    await reg.getByRole('button', { name: 'Spara texten som handling' }).click();
    await reg.waitForURL(/\/documents\/\d+$/);

    // 1. Registration, on its own form.
    await reg.goto(`${base}/subject-requests/new`);
    await expectNoViolations(reg);
    await reg.getByLabel('Hur kom begäran in?').selectOption('email');
    await reg.getByLabel('Dataportabilitet (art. 20)').check();
    await reg.getByLabel('Den registrerades namn').fill(SUBJECT);
    await reg.getByLabel('Kontaktuppgift (valfritt)').fill('tolvan@example.se');
    await reg.getByLabel('Personnummer eller samordningsnummer (valfritt)').fill(TEST_PNR);
    await reg.getByRole('button', { name: 'Registrera', exact: true }).click();
    await reg.waitForURL(/\/subject\?klart=registrerad/);
    const subjectUrl = reg.url().replace(/\?.*$/, '');
    await expectNoViolations(reg);
    expect(await reg.locator('#deadline-explanation').textContent()).toContain('Svar inom en månad');

    // 2. Identity: method and reference, never the ID.
    await reg.getByLabel('Hur fastställdes identiteten?').selectOption('bankid');
    await reg.getByLabel('Referens').fill('BankID-order 7f3a');
    await reg.getByRole('button', { name: 'Anteckna identiteten' }).click();
    await reg.waitForURL(/klart=identitet/);
    expect(await reg.locator('#identity-recorded').textContent()).toContain('BankID-order 7f3a');

    // 3. Find the person (the demo data holds them too); confirm the hits in the contract.
    await reg.getByRole('link', { name: 'Sök efter personen i alla handlingar' }).click();
    await reg.waitForURL(/\/subject\/search$/);
    await expectNoViolations(reg);
    expect(await reg.locator('main').textContent()).toContain('Stark träff');
    const confirm = reg.locator('section.search-group', { hasText: 'Avtal fjärrvärme' }).getByRole('button', { name: 'Bekräfta: gäller den registrerade' });
    for (let guard = 0; guard < 10 && (await confirm.count()) > 0; guard++) {
      await confirm.first().click();
      await reg.waitForURL(/\/subject\/search/);
    }
    expect(await reg.locator('main').textContent()).toContain('Bekräftad');

    // A verdict given by mistake is withdrawn with a reason (its own logged event), and the hit judged again.
    const contract = reg.locator('section.search-group', { hasText: 'Avtal fjärrvärme' });
    const firstHit = contract.locator('li').first();
    const hitId = await firstHit.getAttribute('id');
    await firstHit.getByText('Ångra bedömningen', { exact: true }).first().click();
    await firstHit.getByRole('button', { name: 'Ångra bedömningen' }).click();
    await reg.waitForURL(/\/subject\/hits\/withdrawal$/);
    expect(await reg.title()).toMatch(/^Fel: /);
    await expectNoViolations(reg);
    await reg.locator('.error-summary a').first().click();
    await reg.locator(`#${hitId} textarea, #${hitId} input[name="reason"]`).first().fill('Bekräftad av misstag, prövas om');
    await reg.locator(`#${hitId}`).getByRole('button', { name: 'Ångra bedömningen' }).click();
    await reg.waitForURL(/klart=angrad/);
    await expectNoViolations(reg);
    expect(await reg.locator('main').textContent()).toContain('Bedömningen är ångrad.');
    await reg.locator(`#${hitId}`).getByRole('button', { name: 'Bekräfta: gäller den registrerade' }).click();
    await reg.waitForURL(/\/subject\/search/);
    expect(await reg.locator(`#${hitId}`).textContent()).toContain('Bekräftad');

    // The attached copy: the registrator proposes masking the other person (art. 15(4)).
    await reg.goto(subjectUrl.replace(/\/subject$/, ''));
    await expectNoViolations(reg);
    await reg.locator('#documents a[href^="/documents/"]').first().click();
    await reg.waitForURL(/\/documents\/\d+$/);
    const docUrl = reg.url();
    await reg.goto(`${docUrl}/secrecy`);
    await reg.locator('#finding-provisionId').selectOption({ label: 'OSL 21:7 – Personuppgifter – behandling i strid med dataskyddsförordningen' });
    for (const text of [OTHER, TEST_PNR_2]) {
      await reg.getByRole('button', { name: new RegExp(`^Maskera .*${text}`) }).first().click();
      await reg.waitForURL(/klart=foreslagen/);
    }

    // A jurist who did not propose them assesses and approves (four eyes).
    const jur = await (await journey.browser.newContext()).newPage();
    await loginAs(jur, base, 'jurist2@exempelstad.se');
    await jur.goto(`${docUrl}/secrecy`);
    await jur.getByLabel('Lämnas ut med maskeringar').check();
    await jur.getByLabel('OSL 21:7 – Personuppgifter – behandling i strid med dataskyddsförordningen').check();
    await jur.getByLabel('Motivering', { exact: true }).fill('Den andra personens uppgifter lämnas inte ut i registerutdraget (art. 15.4).');
    await jur.getByLabel(/^OSL 21:7: /).fill('Uppgifterna gäller en annan kund än den registrerade.');
    await jur.getByRole('button', { name: 'Spara sekretessprövningen' }).click();
    await jur.waitForURL(/klart=provad/);
    await jur.locator('#approve').click();
    await jur.waitForURL(/klart=godkand/);

    // 4. The answer and the link.
    await jur.goto(subjectUrl);
    await expectNoViolations(jur);
    await jur.getByRole('button', { name: 'Besvara med registerutdrag' }).click();
    await jur.waitForURL(/klart=besvarad/);
    await expectNoViolations(jur);
    await jur.getByRole('button', { name: 'Skapa länk till den registrerade' }).click();
    await jur.waitForURL(/\/release-links$/);
    const link = await jur.locator('#link').inputValue();
    expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);

    // The data subject opens the extract: their data is there, the other person's is not.
    const subject = await (await journey.browser.newContext()).newPage();
    await subject.goto(link);
    await expectNoViolations(subject);
    const page = (await subject.locator('main').textContent()) ?? '';
    expect(page).toContain('Svar på din begäran');
    expect(page).toContain(TEST_PNR);
    expect(page).toContain('Integritetsskyddsmyndigheten');
    expect(page).not.toContain(OTHER);
    expect(page).not.toContain(TEST_PNR_2);
    expect(await subject.getByRole('link', { name: /maskinläsbart format/ }).count()).toBe(1);
    await subject.getByRole('link', { name: 'Läs handling 1' }).click();
    await expectNoViolations(subject);
    const handling = (await subject.locator('main').textContent()) ?? '';
    expect(handling).toContain(TEST_PNR);
    expect(handling).not.toContain(OTHER);
  });
});
