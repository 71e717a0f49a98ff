// Login and logout.
import { Hono } from 'hono';
import { attemptLogin, logout } from '../auth/login.ts';
import { defaultThrottlePolicy } from '../auth/throttle.ts';
import { LoginPage } from '../../views/login.tsx';
import type { AppEnv } from '../web/env.ts';
import { clearSessionCookie, safeNext, setSessionCookie } from '../web/auth.ts';
import { clientAddress } from '../web/client.ts';
import { page } from '../web/render.tsx';
import { formString } from '../web/form.ts';

export const authRoutes = new Hono<AppEnv>();

authRoutes.get('/login', (c) => {
  if (c.var.staff) return c.redirect(safeNext(c.req.query('next')), 303);
  return page(c, <LoginPage next={c.req.query('next')} loggedOut={c.req.query('utloggad') === '1'} />, { title: 'Logga in' });
});

authRoutes.post('/login', async (c) => {
  const form = await c.req.parseBody();
  const email = formString(form, 'email').trim();
  const password = formString(form, 'password');
  const next = safeNext(formString(form, 'next'));
  const errors = [];
  if (!email) errors.push({ field: 'email', message: 'Fyll i e-postadressen.' });
  if (!password) errors.push({ field: 'password', message: 'Fyll i lösenordet.' });
  if (errors.length) {
    return page(c, <LoginPage email={email} errors={errors} next={next} />, { title: 'Logga in', hasErrors: true });
  }
  const { db, config } = c.var.deps;
  const result = await attemptLogin(
    db,
    { email, password, address: clientAddress(c) },
    {
      policy: { ...defaultThrottlePolicy, delayStepMs: config.loginDelayStepMs },
      sessionLifetimeMs: config.sessionLifetimeMs,
      sleep: c.var.deps.sleep,
    },
  );
  if (result.ok) {
    setSessionCookie(c, result.token, result.session.expiresAt);
    return c.redirect(next, 303);
  }
  // The same message whether or not the account exists.
  const message =
    result.reason === 'locked'
      ? `För många misslyckade inloggningar. Vänta ${Math.max(1, Math.ceil((result.until - Date.now()) / 60_000))} minuter och försök sedan igen.`
      : 'E-postadressen eller lösenordet är fel.';
  return page(c, <LoginPage email={email} errors={[{ field: 'email', message }]} next={next} />, {
    title: 'Logga in',
    hasErrors: true,
    status: result.reason === 'locked' ? 429 : 422,
  });
});

authRoutes.post('/logout', async (c) => {
  const { session, staff } = c.var;
  if (session && staff) await logout(c.var.deps.db, session, staff);
  clearSessionCookie(c);
  return c.redirect('/login?utloggad=1', 303);
});
