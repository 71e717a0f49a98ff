// Pieces both kinds of request share: when and how it came in (registration), and the state of its clock (its page).
// A request for allmänna handlingar and a data subject's request differ in law, not in these.
import { channels } from '../../src/domain/disclosureRequest.ts';
import { channelLabels } from '../../src/text/requestTexts.ts';
import { type FieldErrors, SelectField, TextField } from '../components.tsx';
import { formatDateTime } from './format.ts';

/** "När kom begäran in?" (date and time, prefilled with now) and "Hur kom begäran in?": the clock counts from them. */
export function ReceivedFields(p: { hint: string; input: { receivedDate?: string; receivedTime?: string; channel?: string }; errors?: FieldErrors }) {
  return (
    <>
      <fieldset>
        <legend>När kom begäran in?</legend>
        <p class="field__hint">{p.hint}</p>
        <div class="field-row">
          <TextField name="receivedDate" label="Datum" type="date" value={p.input.receivedDate} errors={p.errors} hint="ÅÅÅÅ-MM-DD" />
          <TextField name="receivedTime" label="Tid" type="time" value={p.input.receivedTime} errors={p.errors} hint="TT:MM" />
        </div>
      </fieldset>
      <SelectField
        name="channel"
        label="Hur kom begäran in?"
        options={channels.map((c) => ({ value: c, label: channelLabels[c] }))}
        value={p.input.channel}
        placeholder="Välj"
        errors={p.errors}
      />
    </>
  );
}

/** The answer's due time and how it was counted, or that no clock runs in this status. */
export function DeadlineStatus(p: { deadline: { dueAt: string; explanation: string } | null; overdue: boolean; statusLabel: string }) {
  return p.deadline ? (
    <>
      <p>
        <strong>Svar senast {formatDateTime(p.deadline.dueAt)}</strong>
        {p.overdue ? ' – tiden har gått ut.' : null}
      </p>
      <p class="muted" id="deadline-explanation">
        {p.deadline.explanation}
      </p>
    </>
  ) : (
    <p>Ingen svarstid löper: begäran är {p.statusLabel.toLowerCase()}.</p>
  );
}
