// The admin's catalogue of OSL provisions: add, rename, retire and reinstate (a retired entry stays on old decisions).
import type { ProvisionRow } from '../../src/db/provisions.ts';
import { ErrorSummary, type FieldErrors, Notice, SelectField, TextField } from '../components.tsx';
import { harmTestLabels, harmTests } from '../../src/domain/provisions.ts';
import { activities, activityLabels } from '../../src/domain/organisation.ts';
import { Input } from '../redaction/fields.tsx';
import { formatDateTime as formatStockholm } from '../requests/format.ts';

export interface ProvisionsPageProps {
  provisions: ProvisionRow[];
  errors?: FieldErrors;
  input?: Record<string, string>;
  notice?: string;
}

export function ProvisionsPage(p: ProvisionsPageProps) {
  return (
    <>
      <h1>Bestämmelser i OSL</h1>
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      <ErrorSummary errors={p.errors} />
      <p>
        Maskeringar och sekretessprövningar vilar på bestämmelserna här. Beteckningen (till exempel OSL 21:7) följer av kapitel och paragraf och står i
        utlämnade handlingar och beslut, så den kan inte ändras: avveckla bestämmelsen och lägg till en ny. En avvecklad bestämmelse står kvar på äldre
        beslut men kan inte väljas.
      </p>
      <p>
        Namnge inte en bestämmelse när själva beteckningen skulle röja det som skyddas, till exempel att någon har skyddad identitet (21 kap. 3 §) eller är
        aktuell i socialtjänsten (26 kap. 1 §). Maskeringsrutan säger då bara "OSL" och beslutet ger kortare skäl (32 § andra stycket förvaltningslagen).
        Ändringen gäller det som godkänns och beslutas från nu; redan fattade beslut ändras inte.
      </p>
      <table class="table">
        <caption class="visually-hidden">Katalogen</caption>
        <thead>
          <tr>
            <th scope="col">Beteckning</th>
            <th scope="col">Kort namn</th>
            <th scope="col">Skaderekvisit</th>
            <th scope="col">Bara i verksamhet</th>
            <th scope="col">Namnges i beslut</th>
            <th scope="col">Status</th>
            <th scope="col">Åtgärd</th>
          </tr>
        </thead>
        <tbody>
          {p.provisions.map((x) => (
            <tr>
              <th scope="row">{x.label}</th>
              <td>
                <form method="post" action={`/admin/provisions/${x.id}`} novalidate class="actions">
                  <Input id={`shortName-${x.id}`} name="shortName" label={`Kort namn för ${x.label}`} value={p.input?.[`shortName-${x.id}`] ?? x.short_name} errors={p.errors} />
                  <button type="submit" class="button button--small button--secondary">
                    Spara<span class="visually-hidden"> namnet för {x.label}</span>
                  </button>
                </form>
              </td>
              <td>{harmTestLabels[x.harm_test].split(' – ')[0]}</td>
              <td>{x.activity ? activityLabels[x.activity] : '–'}</td>
              <td id={`conceal-${x.id}`}>
                {x.conceal_label ? 'Nej – rutan säger bara "OSL" (FL 32 § 2 st)' : 'Ja'}
                <form method="post" action={`/admin/provisions/${x.id}/conceal`} class="inline-form">
                  <input type="hidden" name="concealLabel" value={x.conceal_label ? '0' : '1'} />
                  <button type="submit" class="button button--small button--secondary">
                    {x.conceal_label ? 'Namnge' : 'Namnge inte'}
                    <span class="visually-hidden"> {x.label} i rutor och beslut</span>
                  </button>
                </form>
              </td>
              <td>{x.retired_at ? `Avvecklad ${formatStockholm(x.retired_at)}` : 'Används'}</td>
              <td>
                <form method="post" action={`/admin/provisions/${x.id}/${x.retired_at ? 'reinstate' : 'retire'}`} class="inline-form">
                  <button type="submit" class="button button--small button--secondary">
                    {x.retired_at ? 'Återinför' : 'Avveckla'}
                    <span class="visually-hidden"> {x.label}</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Lägg till bestämmelse</h2>
      <form method="post" action="/admin/provisions" novalidate class="narrow">
        <TextField name="chapter" label="Kapitel" value={p.input?.chapter} errors={p.errors} hint="Till exempel 21 för 21 kap." />
        <TextField name="section" label="Paragraf" value={p.input?.section} errors={p.errors} hint="Till exempel 7 för 7 §." />
        <TextField name="part" label="Stycke eller punkt" optional value={p.input?.part} errors={p.errors} hint='Till exempel "2 st" eller "1 p". Tomt: hela paragrafen.' />
        <TextField name="shortName" label="Kort namn" value={p.input?.shortName} errors={p.errors} />
        <SelectField
          name="harmTest"
          label="Skaderekvisit"
          value={p.input?.harmTest ?? ''}
          errors={p.errors}
          options={[{ value: '', label: 'Välj' }, ...harmTests.map((h) => ({ value: h, label: harmTestLabels[h] }))]}
        />
        <SelectField
          name="activity"
          label="Gäller bara i verksamheten"
          optional
          value={p.input?.activity ?? ''}
          errors={p.errors}
          options={[{ value: '', label: 'Ingen – gäller oavsett verksamhet' }, ...activities.map((a) => ({ value: a, label: activityLabels[a] }))]}
        />
        <div class="checkbox">
          <input type="checkbox" id="concealLabel" name="concealLabel" value="1" checked={p.input?.concealLabel === '1'} />{' '}
          <label for="concealLabel">Att namnge bestämmelsen skulle röja det som skyddas (maskeringsrutan säger bara "OSL", beslutet ger kortare skäl, FL 32 § 2 st)</label>
        </div>
        <button type="submit" class="button">
          Lägg till
        </button>
      </form>
    </>
  );
}
