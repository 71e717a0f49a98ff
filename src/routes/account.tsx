// The signed-in user's own account: changing the password.
import { Hono } from 'hono';
import { ChangePasswordPage } from '../../views/account.tsx';
import { changeOwnPassword } from '../domain/staffCommands.ts';
import type { AppEnv } from '../web/env.ts';
import { actorOf, clearSessionCookie, requireStaff } from '../web/auth.ts';
import { page } from '../web/render.tsx';
import { formString } from '../web/form.ts';

export const accountRoutes = new Hono<AppEnv>();

accountRoutes.use('/account/*', requireStaff);

accountRoutes.get('/account/password', (c) => page(c, <ChangePasswordPage />, { title: 'Byt lösenord' }));

accountRoutes.post('/account/password', async (c) => {
  const form = await c.req.parseBody();
  const result = await changeOwnPassword(c.var.deps.db, actorOf(c), formString(form, 'current'), formString(form, 'password'));
  if (!result.ok) return page(c, <ChangePasswordPage errors={result.errors} />, { title: 'Byt lösenord', hasErrors: true });
  // Every session ended with the change, this one too.
  clearSessionCookie(c);
  return c.redirect('/login', 303);
});
