// The leak guard's two choices for masked text found in a string that reaches the requester (a public title, the motivering, the förbehåll, the letter): "maskera även här" or "lämna ut här, med skäl".
import { errorFor, type FieldErrors } from './components.tsx';

/** One hit, with the words around it so the reviewer can judge it (reviewers only: it is the masked text). */
export interface FieldLeakView {
  label: string;
  before: string;
  hit: string;
  after: string;
}

/**
 * Inside the form that stores the strings: the hits, and two submit buttons that send the same form
 * again with `leakAction` = mask or exempt (works without JavaScript).
 */
export function FieldLeakChoices({ id, leaks, reason, errors }: { id: string; leaks: readonly FieldLeakView[]; reason?: string; errors?: FieldErrors }) {
  if (leaks.length === 0) return null;
  const reasonError = errorFor(errors, id);
  return (
    <div class="leak-list" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Maskerad text som annars når sökanden</h3>
      <ul>
        {leaks.map((l) => (
          <li>
            {l.label}: …{l.before}
            <mark>{l.hit}</mark>
            {l.after}…
          </li>
        ))}
      </ul>
      <button type="submit" class="button" name="leakAction" value="mask">
        Maskera även här
      </button>
      <div class={`field${reasonError ? ' field--error' : ''}`}>
        <label for={id}>Skäl att lämna ut texten här</label>
        {reasonError ? (
          <p class="field__error" id={`${id}-error`}>
            <span class="visually-hidden">Fel: </span>
            {reasonError}
          </p>
        ) : null}
        <textarea id={id} name="leakReason" rows={2} aria-describedby={reasonError ? `${id}-error` : undefined} aria-invalid={reasonError ? 'true' : undefined}>
          {reason ?? ''}
        </textarea>
      </div>
      <button type="submit" class="button button--secondary" name="leakAction" value="exempt">
        Lämna ut här, med skäl
      </button>
    </div>
  );
}
