// The signed-in user's own account: changing the password.
import { Hono } from 'hono';
import { ChangePasswordPage } from '../../views/account.tsx';
import { verifyPassword } from '../auth/password.ts';
import { findStaffById } from '../db/staff.ts';
import { setPassword } from '../domain/staffCommands.ts';
import type { AppEnv } from '../web/env.ts';
import { actorOf, clearSessionCookie, requireStaff } from '../web/auth.ts';
import { page } from '../web/render.tsx';
import { formString } from '../web/form.ts';

export const accountRoutes = new Hono<AppEnv>();

accountRoutes.use('/account/*', requireStaff);

accountRoutes.get('/account/password', (c) => page(c, <ChangePasswordPage />, { title: 'Byt lösenord' }));

accountRoutes.post('/account/password', async (c) => {
  const staff = c.var.staff!;
  const form = await c.req.parseBody();
  const current = formString(form, 'current');
  const password = formString(form, 'password');
  const { db } = c.var.deps;
  const row = await findStaffById(db, staff.id);
  if (!row || !(await verifyPassword(row.password_hash, current))) {
    const errors = [{ field: 'current', message: 'Det nuvarande lösenordet är fel.' }];
    return page(c, <ChangePasswordPage errors={errors} />, { title: 'Byt lösenord', hasErrors: true });
  }
  const result = await setPassword(db, actorOf(c), staff.id, password);
  if (!result.ok) return page(c, <ChangePasswordPage errors={result.errors} />, { title: 'Byt lösenord', hasErrors: true });
  // Every session ended with the change, this one too.
  clearSessionCookie(c);
  return c.redirect('/login', 303);
});
