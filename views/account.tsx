// Changing one's own password.
import { ErrorSummary, type FieldErrors, TextField } from './components.tsx';

export function ChangePasswordPage({ errors }: { errors?: FieldErrors }) {
  return (
    <div class="narrow">
      <h1>Byt lösenord</h1>
      <ErrorSummary errors={errors} />
      <p>När du har bytt lösenord loggas du ut överallt och loggar in igen med det nya.</p>
      <form method="post" action="/account/password" novalidate>
        <TextField name="current" label="Nuvarande lösenord" type="password" autocomplete="current-password" errors={errors} />
        <TextField
          name="password"
          label="Nytt lösenord"
          type="password"
          autocomplete="new-password"
          hint="Minst 12 tecken. En mening av flera ord är lätt att minnas och svår att gissa."
          errors={errors}
        />
        <button type="submit" class="button">
          Byt lösenord
        </button>
      </form>
    </div>
  );
}
