// The admin's user list: create, change role, deactivate and reactivate, reset password.
import type { StaffSummary } from '../../src/db/staff.ts';
import { roleLabel, roles } from '../../src/domain/roles.ts';
import { ErrorSummary, type FieldErrors, Notice, SelectField, TextField } from '../components.tsx';

export interface UsersPageProps {
  users: StaffSummary[];
  currentUserId: number;
  errors?: FieldErrors;
  input?: { email?: string; displayName?: string; role?: string };
  notice?: string;
}

const roleOptions = roles.map((r) => ({ value: r, label: roleLabel[r] }));

export function UsersPage(p: UsersPageProps) {
  return (
    <>
      <h1>Användare</h1>
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      <ErrorSummary errors={p.errors} />
      <table class="table">
        <caption class="visually-hidden">Alla användare</caption>
        <thead>
          <tr>
            <th scope="col">Namn</th>
            <th scope="col">E-post</th>
            <th scope="col">Roll</th>
            <th scope="col">Status</th>
            <th scope="col">Åtgärder</th>
          </tr>
        </thead>
        <tbody>
          {p.users.map((u) => (
            <tr>
              <td>{u.display_name}</td>
              <td>{u.email}</td>
              <td>
                {u.id === p.currentUserId ? (
                  roleLabel[u.role]
                ) : (
                  <form method="post" action={`/admin/users/${u.id}/role`} class="inline-form">
                    <label for={`role-${u.id}`} class="visually-hidden">
                      Roll för {u.display_name}
                    </label>
                    <select id={`role-${u.id}`} name="role">
                      {roleOptions.map((o) => (
                        <option value={o.value} selected={o.value === u.role}>
                          {o.label}
                        </option>
                      ))}
                    </select>{' '}
                    <button type="submit" class="button button--small">
                      Ändra roll
                    </button>
                  </form>
                )}
              </td>
              <td>{u.active ? 'Aktiv' : 'Inaktiverad'}</td>
              <td>
                {u.id === p.currentUserId ? (
                  <span class="muted">Du</span>
                ) : (
                  <div class="actions">
                    <form method="post" action={`/admin/users/${u.id}/${u.active ? 'deactivate' : 'reactivate'}`} class="inline-form">
                      <button type="submit" class="button button--small button--secondary">
                        {u.active ? 'Inaktivera' : 'Aktivera'}
                        <span class="visually-hidden"> {u.display_name}</span>
                      </button>
                    </form>
                    <form method="post" action={`/admin/users/${u.id}/password`} class="inline-form" novalidate>
                      <label for={`pw-${u.id}`} class="visually-hidden">
                        Nytt lösenord för {u.display_name}
                      </label>
                      <input id={`pw-${u.id}`} name="password" type="password" autocomplete="new-password" placeholder="Nytt lösenord" />{' '}
                      <button type="submit" class="button button--small button--secondary">
                        Återställ lösenord
                      </button>
                    </form>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="ny-anvandare">Ny användare</h2>
      <form method="post" action="/admin/users" novalidate class="narrow">
        <TextField name="displayName" label="Namn" value={p.input?.displayName} errors={p.errors} autocomplete="off" />
        <TextField name="email" label="E-postadress" type="email" value={p.input?.email} errors={p.errors} autocomplete="off" />
        <SelectField name="role" label="Roll" options={roleOptions} value={p.input?.role} placeholder="Välj roll" errors={p.errors} />
        <TextField
          name="password"
          label="Lösenord"
          type="password"
          hint="Minst 12 tecken. Lämna det till personen på ett säkert sätt; hen kan byta det själv."
          autocomplete="new-password"
          errors={p.errors}
        />
        <button type="submit" class="button">
          Skapa användare
        </button>
      </form>
    </>
  );
}
