// The login page.
import { ErrorSummary, type FieldErrors, TextField } from './components.tsx';

export interface LoginPageProps {
  email?: string;
  errors?: FieldErrors;
  next?: string;
  loggedOut?: boolean;
}

export function LoginPage(p: LoginPageProps) {
  return (
    <div class="narrow">
      <h1>Logga in</h1>
      {p.loggedOut ? (
        <p class="notice" role="status">
          Du är utloggad.
        </p>
      ) : null}
      <ErrorSummary errors={p.errors} />
      <form method="post" action="/login" novalidate>
        {p.next ? <input type="hidden" name="next" value={p.next} /> : null}
        <TextField name="email" label="E-postadress" type="email" autocomplete="username" value={p.email} errors={p.errors} />
        <TextField name="password" label="Lösenord" type="password" autocomplete="current-password" errors={p.errors} />
        <button type="submit" class="button">
          Logga in
        </button>
      </form>
      <p class="muted">
        Är du sökande och har fått en länk? Öppna länken direkt, du behöver inte logga in.
      </p>
    </div>
  );
}
