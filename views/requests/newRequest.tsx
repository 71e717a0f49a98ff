// The registration form for a request (begäran om allmän handling): under a minute, the moment it comes in.
import { type RequestField, asksForKinds, formsWanted, limits } from '../../src/domain/disclosureRequest.ts';
import { asksForLabels, formWantedLabels } from '../../src/text/requestTexts.ts';
import { ErrorSummary, type FieldErrors, RadioField, TextField } from '../components.tsx';
import { ReceivedFields } from './clock.tsx';

export type RegisterInput = Partial<Record<RequestField, string>>;

export interface RegisterRequestPageProps {
  input: RegisterInput;
  errors?: FieldErrors;
}

export function RegisterRequestPage({ input, errors }: RegisterRequestPageProps) {
  const asksFor = input.asksFor ?? 'documents';
  return (
    <div class="narrow">
      <h1>Registrera begäran</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action="/requests" novalidate id="register-request">
        <ReceivedFields hint="Nu är förifyllt. Ändra om begäran kom in tidigare: svarstiden räknas från den tidpunkten." input={input} errors={errors} />
        <TextField
          name="description"
          label="Vad begärs?"
          multiline
          rows={5}
          value={input.description}
          hint={`Beskriv handlingarna med sökandens egna ord. Högst ${limits.description} tecken.`}
          errors={errors}
        />
        {/* OSL 6 kap. 4 §: uppgifter are answered on their own path, without an appealable decision. */}
        <RadioField
          name="asksFor"
          legend="Vad gäller begäran?"
          hint="Vill sökanden ha en upplysning ur en handling, till exempel ett datum eller ett belopp, snarare än själva handlingen, gäller begäran uppgifter. Den besvaras enligt 6 kap. 4 § offentlighets- och sekretesslagen, och ett nej kan inte överklagas. Är du osäker: välj allmänna handlingar."
          options={asksForKinds.map((k) => ({ value: k, label: asksForLabels[k] }))}
          value={asksFor}
          errors={errors}
        />
        <RadioField
          name="formWanted"
          legend="Hur vill sökanden ta del av handlingarna?"
          options={formsWanted.map((f) => ({ value: f, label: formWantedLabels[f] }))}
          value={input.formWanted}
          errors={errors}
        />

        <h2>Sökanden</h2>
        {/* TF 2 kap. 18 §: the authority may not ask who the requester is or why. */}
        <p id="anonymity-notice" class="notice">
          Sökanden får vara anonym (2 kap. 18 § tryckfrihetsförordningen). Namn och kontaktuppgift fylls bara i om sökanden själv
          vill lämna dem, och används bara för att lämna ut handlingarna.
        </p>
        <TextField name="requesterName" label="Sökandens namn" optional value={input.requesterName} autocomplete="off" errors={errors} />
        <TextField
          name="requesterContact"
          label="Kontaktuppgift"
          optional
          value={input.requesterContact}
          hint="E-postadress, telefon eller postadress, om sökanden vill ha svar eller kopior skickade."
          autocomplete="off"
          errors={errors}
        />
        <details class="details" open={!!(input.identityQuestion || input.identityReason) || undefined}>
          <summary>Fråga om identitet eller syfte</summary>
          <p class="field__hint">
            Fråga bara om sekretessprövningen kräver det, och skriv alltid varför. Sökanden behöver inte svara.
          </p>
          <TextField name="identityQuestion" label="Vilken fråga ställdes?" optional multiline rows={2} value={input.identityQuestion} errors={errors} />
          <TextField
            name="identityReason"
            label="Varför behöver sekretessprövningen frågan?"
            optional
            multiline
            rows={2}
            value={input.identityReason}
            hint="Till exempel vilken bestämmelse i OSL som kan bli aktuell."
            errors={errors}
          />
        </details>

        <TextField name="diarienummer" label="Diarienummer" optional value={input.diarienummer} hint="Diariets diarienummer, om begäran diarieförs. Insyn ger dessutom varje begäran en egen referens (till exempel 2026/0042)." errors={errors} />
        <button type="submit" class="button" id="register-submit">
          Registrera begäran
        </button>
      </form>
    </div>
  );
}
