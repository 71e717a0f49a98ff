// Small shared view pieces: the error summary (STYLE.md 8) and form fields with inline errors.
import type { Child } from 'hono/jsx';

import type { FieldErrors } from '../src/domain/command.ts';
export type { FieldErrors };

export const errorFor = (errors: FieldErrors | undefined, field: string): string | undefined =>
  errors?.find((e) => e.field === field)?.message;

/** GOV.UK-style error summary at the top of the form; app.js moves focus to it on load. */
/** A field's hint, linked from the control by `${id}-hint`. */
export function FieldHint({ id, hint }: { id: string; hint?: Child }) {
  if (!hint) return null;
  return (
    <p class="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  );
}

/** A field's error, linked from the control and the error summary by `${id}-error`. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p class="field__error" id={`${id}-error`}>
      <span class="visually-hidden">Fel: </span>
      {message}
    </p>
  );
}

/** The control's aria-describedby: its hint and its error, whichever it has. */
export const describedBy = (id: string, hint: Child | undefined, error: string | undefined): string | undefined =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The fields a letter template may hold, `{{name}}` and what it is filled with (the admin's template pages). */
export function TemplateFieldList({ fields }: { fields: Readonly<Record<string, string>> }) {
  return (
    <dl class="details">
      {Object.entries(fields).map(([k, v]) => (
        <>
          <dt>
            <code>{`{{${k}}}`}</code>
          </dt>
          <dd>{v}</dd>
        </>
      ))}
    </dl>
  );
}

export function ErrorSummary({ errors }: { errors?: FieldErrors }) {
  if (!errors || errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} data-error-summary>
      <h2 class="error-summary__title">Det finns ett problem</h2>
      <ul class="error-summary__list">
        {errors.map((e) => (
          <li>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface TextFieldProps {
  name: string;
  /** The element id when one name appears in several forms on a page (defaults to the name). */
  id?: string;
  label: string;
  value?: string;
  type?: string;
  optional?: boolean;
  hint?: string;
  errors?: FieldErrors;
  autocomplete?: string;
  multiline?: boolean;
  rows?: number;
}

export function TextField(p: TextFieldProps) {
  const error = errorFor(p.errors, p.name);
  const id = p.id ?? p.name;
  const describedByIds = describedBy(id, p.hint, error);
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>
        {p.label}
        {p.optional ? ' (valfritt)' : ''}
      </label>
      <FieldHint id={id} hint={p.hint} />
      <FieldError id={id} message={error} />
      {p.multiline ? (
        <textarea id={id} name={p.name} rows={p.rows ?? 5} aria-describedby={describedByIds} aria-invalid={error ? 'true' : undefined}>
          {p.value ?? ''}
        </textarea>
      ) : (
        <input
          id={id}
          name={p.name}
          type={p.type ?? 'text'}
          value={p.value ?? ''}
          autocomplete={p.autocomplete}
          aria-describedby={describedByIds}
          aria-invalid={error ? 'true' : undefined}
        />
      )}
    </div>
  );
}

export interface SelectFieldProps {
  name: string;
  label: string;
  options: Array<{ value: string; label: string }>;
  value?: string;
  optional?: boolean;
  errors?: FieldErrors;
  placeholder?: string;
}

export function SelectField(p: SelectFieldProps) {
  const error = errorFor(p.errors, p.name);
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={p.name}>
        {p.label}
        {p.optional ? ' (valfritt)' : ''}
      </label>
      <FieldError id={p.name} message={error} />
      <select id={p.name} name={p.name} aria-describedby={describedBy(p.name, undefined, error)} aria-invalid={error ? 'true' : undefined}>
        {p.placeholder !== undefined ? <option value="">{p.placeholder}</option> : null}
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface RadioFieldProps {
  name: string;
  /**
   * The group's id, which the error summary links to (defaults to the name). Each option's id is
   * `${id}-${value}`: give an id when one name appears in several forms on a page.
   */
  id?: string;
  /** The question, as the fieldset's legend. */
  legend: Child;
  options: ReadonlyArray<{ value: string; label: Child }>;
  /** The checked option's value. */
  value?: string;
  hint?: Child;
  /** Its error is the one whose field is `errorField` (defaults to the id). */
  errors?: FieldErrors;
  errorField?: string;
}

/**
 * A radio group with the same conventions as TextField and SelectField: a fieldset whose legend asks
 * the question, the hint and the error (with "Fel: " for screen readers) linked to it by
 * aria-describedby, the error's red edge on the group, and the id the error summary links to.
 */
export function RadioField(p: RadioFieldProps) {
  const id = p.id ?? p.name;
  const error = errorFor(p.errors, p.errorField ?? id);
  const describedByIds = describedBy(id, p.hint, error);
  return (
    <div class={`field${error ? ' field--error' : ''}`} id={id}>
      <fieldset class="radios" aria-describedby={describedByIds}>
        <legend>{p.legend}</legend>
        <FieldHint id={id} hint={p.hint} />
        <FieldError id={id} message={error} />
        {p.options.map((o) => (
          <div class="radio">
            <input type="radio" id={`${id}-${o.value}`} name={p.name} value={o.value} checked={o.value === p.value} />
            <label for={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

export function Notice({ children }: { children?: Child }) {
  return (
    <div class="notice" role="status">
      {children}
    </div>
  );
}
