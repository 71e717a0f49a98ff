/// <reference lib="dom" />
// Browser journey for issue 10, holes 6 and 8: two jurists who both proposed maskeringar each approve the other's and finish; the decided request is then reopened with a reason. Axe on each new page state.
import { describe, expect, it } from 'vitest';
import { expectNoViolations, loginAs, registerRequestInBrowser, useJourney } from '../helpers/browser.ts';

const journey = useJourney();
const noViolations = expectNoViolations;
const OSL_21_3 = 'OSL 21:3 – Förföljda personer – skyddade personuppgifter';

describe('four eyes per maskering, and reopening a decision', () => {
  it('jurist 1 and jurist 2 both propose; each approves the other\'s; the decision is made and reopened with a reason', async () => {
    const j1 = await (await journey.browser.newContext()).newPage();
    await loginAs(j1, journey.server.url, 'jurist@exempelstad.se');
    const requestUrl = await registerRequestInBrowser(j1, journey.server.url, 'Kundbrev med skyddad adress');
    await j1.getByRole('link', { name: 'Bifoga handlingar' }).click();
    await j1.waitForURL(/\/documents\/new/);
    await j1.getByLabel('Rubrik').fill('Kundbrev');
    await j1.getByLabel('Text', { exact: true }).fill('Kund: Tolvan Tolvansson, Storgatan 12 B.\nKunden har skyddad identitet.');
    await j1.getByRole('button', { name: 'Spara texten som handling' }).click();
    await j1.waitForURL(/\/documents\/\d+$/);
    const docUrl = new URL(j1.url()).pathname;

    // Jurist 1 masks the name and records the assessment.
    await j1.goto(`${journey.server.url}${docUrl}/secrecy`);
    await j1.getByLabel('Text att maskera').fill('Tolvan Tolvansson');
    await j1.locator('#text-provisionId').selectOption({ label: OSL_21_3 });
    await j1.getByRole('button', { name: 'Maskera texten' }).click();
    await j1.waitForURL(/klart=foreslagen/);
    await j1.getByLabel('Lämnas ut med maskeringar').check();
    await j1.getByLabel(OSL_21_3).check();
    await j1.getByLabel('Motivering', { exact: true }).fill('Kunden har skyddad identitet; namn och adress kan röja var hen bor.');
    await j1.getByLabel(/^OSL 21:3: /).fill('Kunden har skyddade personuppgifter enligt kundregistret.');
    await j1.getByRole('button', { name: 'Spara sekretessprövningen' }).click();
    await j1.waitForURL(/klart=provad/);

    // Jurist 2 masks the address too: both are now proposers.
    const j2 = await (await journey.browser.newContext()).newPage();
    await loginAs(j2, journey.server.url, 'jurist2@exempelstad.se');
    await j2.goto(`${journey.server.url}${docUrl}/secrecy`);
    await j2.getByLabel('Text att maskera').fill('Storgatan 12 B');
    await j2.locator('#text-provisionId').selectOption({ label: OSL_21_3 });
    await j2.getByRole('button', { name: 'Maskera texten' }).click();
    await j2.waitForURL(/klart=foreslagen/);

    // Jurist 2 approves jurist 1's maskering; her own waits, and the page says so.
    await j2.getByRole('button', { name: 'Godkänn maskeringen som en annan föreslog' }).click();
    await j2.waitForURL(/klart=delvis/);
    await expect.poll(() => j2.locator('.notice').textContent()).toContain('väntar på en annan jurist');
    expect(await j2.locator('#approve').count()).toBe(0);
    await noViolations(j2);

    // Jurist 1 approves the rest, and the released version is built.
    await j1.goto(`${journey.server.url}${docUrl}/secrecy`);
    await j1.locator('#approve').click();
    await j1.waitForURL(/klart=godkand/);
    await noViolations(j1);

    // Decided through the decision page, then reopened there with a reason.
    await j1.goto(`${journey.server.url}${requestUrl}`);
    await j1.locator('#to-in_review').check();
    await j1.locator('#status-submit').click();
    await j1.waitForURL(/klart=status/);
    expect(await j1.locator('#to-decided').count()).toBe(0);
    await j1.goto(`${journey.server.url}${requestUrl}/decision`);
    await j1.getByLabel('Motivering').fill('Namn och adress maskeras enligt OSL 21:3: kunden har skyddad identitet.');
    await j1.locator('#conditionRisk-does_not_remove').check();
    await j1.getByLabel('Varför räcker inte ett förbehåll?').fill('Adressen skyddas bara om den inte lämnas ut alls.');
    await j1.getByRole('button', { name: 'Fatta beslut' }).click();
    await j1.waitForURL(/klart=beslut/);
    await noViolations(j1);

    // A decided request offers no maskering forms.
    await j1.goto(`${journey.server.url}${docUrl}/secrecy`);
    expect(await j1.locator('#text-form').count()).toBe(0);
    await noViolations(j1);

    await j1.goto(`${journey.server.url}${requestUrl}/decision`);
    await j1.getByRole('button', { name: 'Återöppna begäran' }).click();
    await j1.waitForURL(/\/reopen$/);
    await expect.poll(() => j1.title()).toMatch(/^Fel: /);
    await noViolations(j1);
    await j1.getByLabel('Varför återöppnas begäran?').fill('Sökanden pekade ut ett brev som saknades.');
    await j1.getByRole('button', { name: 'Återöppna begäran' }).click();
    await j1.waitForURL(/klart=ateroppnad/);
    await noViolations(j1);
    await j1.goto(`${journey.server.url}${docUrl}/secrecy`);
    expect(await j1.locator('#text-form').count()).toBe(1);
  });
});
