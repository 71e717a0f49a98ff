// Form fields for the secrecy pages, where one page holds several forms: ids are prefixed by the form (e.g. "text-provisionId").
import type { ProvisionRow } from '../../src/db/provisions.ts';
import { describedBy, errorFor, FieldError, FieldHint, type FieldErrors } from '../components.tsx';

export interface ProvisionSelectProps {
  id: string;
  label: string;
  provisions: readonly ProvisionRow[];
  value?: string;
  errors?: FieldErrors;
}

/** The provision a maskering rests on: required, so no default (LEGAL.md: a person decides). */
export function ProvisionSelect(p: ProvisionSelectProps) {
  const error = errorFor(p.errors, p.id);
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={p.id}>{p.label}</label>
      <FieldError id={p.id} message={error} />
      <select id={p.id} name="provisionId" aria-describedby={error ? `${p.id}-error` : undefined} aria-invalid={error ? 'true' : undefined}>
        <option value="">Välj bestämmelse</option>
        {p.provisions.map((x) => (
          <option value={String(x.id)} selected={String(x.id) === p.value}>
            {x.label} – {x.short_name}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface InputProps {
  id: string;
  name: string;
  label: string;
  value?: string;
  optional?: boolean;
  hint?: string;
  errors?: FieldErrors;
  multiline?: boolean;
  rows?: number;
}

export function Input(p: InputProps) {
  const error = errorFor(p.errors, p.id);
  const describedByIds = describedBy(p.id, p.hint, error);
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={p.id}>
        {p.label}
        {p.optional ? ' (valfritt)' : ''}
      </label>
      <FieldHint id={p.id} hint={p.hint} />
      <FieldError id={p.id} message={error} />
      {p.multiline ? (
        <textarea id={p.id} name={p.name} rows={p.rows ?? 3} aria-describedby={describedByIds} aria-invalid={error ? 'true' : undefined}>
          {p.value ?? ''}
        </textarea>
      ) : (
        <input id={p.id} name={p.name} type="text" value={p.value ?? ''} aria-describedby={describedByIds} aria-invalid={error ? 'true' : undefined} />
      )}
    </div>
  );
}

/** "Only this handling" or "every handling of the request". */
export function ScopeRadios({ id, value }: { id: string; value?: string }) {
  return (
    <fieldset class="radios radios--inline">
      <legend>Var</legend>
      <input type="radio" id={`${id}-document`} name="scope" value="document" checked={value !== 'request'} />{' '}
      <label for={`${id}-document`}>I den här handlingen</label>{' '}
      <input type="radio" id={`${id}-request`} name="scope" value="request" checked={value === 'request'} />{' '}
      <label for={`${id}-request`}>I alla handlingar i begäran</label>
    </fieldset>
  );
}
