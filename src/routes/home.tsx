// The start page.
import { Hono } from 'hono';
import { HomePage } from '../../views/home.tsx';
import type { AppEnv } from '../web/env.ts';
import { requireStaff } from '../web/auth.ts';
import { page } from '../web/render.tsx';

export const homeRoutes = new Hono<AppEnv>();

homeRoutes.get('/', requireStaff, (c) => {
  const staff = c.var.staff!;
  return page(c, <HomePage displayName={staff.displayName} role={staff.role} />, { title: 'Start' });
});
