// The admin's user management: list, create, change role, deactivate/reactivate, reset password.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { UsersPage } from '../../views/admin/users.tsx';
import { listStaff, findStaffById } from '../db/staff.ts';
import type { FieldErrors } from '../domain/command.ts';
import { canManageStaff } from '../domain/roles.ts';
import { changeRole, createStaff, setActive, setPassword } from '../domain/staffCommands.ts';
import type { AppEnv } from '../web/env.ts';
import { actorOf, allow } from '../web/auth.ts';
import { page, renderForbidden, renderNotFound } from '../web/render.tsx';
import { formString, parseId } from '../web/form.ts';

export const adminRoutes = new Hono<AppEnv>();

adminRoutes.use('/admin/users', allow(canManageStaff));
adminRoutes.use('/admin/users/*', allow(canManageStaff));

const notices: Record<string, string> = {
  skapad: 'Användaren är skapad.',
  roll: 'Rollen är ändrad. Användarens inloggningar har avslutats.',
  inaktiverad: 'Användaren är inaktiverad och utloggad.',
  aktiverad: 'Användaren är aktiverad igen.',
  losenord: 'Lösenordet är återställt. Användarens inloggningar har avslutats.',
};

async function usersPage(c: Context<AppEnv>, extra: { errors?: FieldErrors; input?: Record<string, string>; notice?: string } = {}) {
  const users = await listStaff(c.var.deps.db);
  return page(c, <UsersPage users={users} currentUserId={c.var.staff!.id} {...extra} />, {
    title: 'Användare',
    hasErrors: !!extra.errors?.length,
  });
}

adminRoutes.get('/admin/users', (c) => usersPage(c, { notice: notices[c.req.query('klart') ?? ''] }));

adminRoutes.post('/admin/users', async (c) => {
  const form = await c.req.parseBody();
  const input = {
    email: formString(form, 'email'),
    displayName: formString(form, 'displayName'),
    role: formString(form, 'role'),
    password: formString(form, 'password'),
  };
  const result = await createStaff(c.var.deps.db, actorOf(c), input);
  if (result.forbidden) return renderForbidden(c, result.forbidden);
  if (!result.ok) {
    return usersPage(c, { errors: result.errors, input: { email: input.email, displayName: input.displayName, role: input.role } });
  }
  return c.redirect('/admin/users?klart=skapad', 303);
});

adminRoutes.post('/admin/users/:id/:action{role|deactivate|reactivate|password}', async (c) => {
  const id = parseId(c.req.param('id'));
  const { db } = c.var.deps;
  if (!id || !await findStaffById(db, id)) return renderNotFound(c);
  const actor = actorOf(c);
  const form = await c.req.parseBody();
  const action = c.req.param('action');
  const result =
    action === 'role'
      ? await changeRole(db, actor, id, formString(form, 'role'))
      : action === 'password'
        ? await setPassword(db, actor, id, formString(form, 'password'))
        : await setActive(db, actor, id, action === 'reactivate');
  if (result.forbidden) return renderForbidden(c, result.forbidden);
  if (!result.ok) return usersPage(c, { errors: result.errors });
  const done = { role: 'roll', password: 'losenord', deactivate: 'inaktiverad', reactivate: 'aktiverad' }[action] ?? '';
  return c.redirect(`/admin/users?klart=${done}`, 303);
});
