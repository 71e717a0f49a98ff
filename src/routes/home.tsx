// The start page.
import { Hono } from 'hono';
import { HomePage } from '../../views/home.tsx';
import { urgencyCounts } from '../db/disclosureRequests.ts';
import { canViewRequests } from '../domain/requestPolicy.ts';
import { stockholmDate, stockholmInstant } from '../domain/workingDays.ts';
import type { AppEnv } from '../web/env.ts';
import { requireStaff } from '../web/auth.ts';
import { page } from '../web/render.tsx';

export const homeRoutes = new Hono<AppEnv>();

homeRoutes.get('/', requireStaff, async (c) => {
  const staff = c.var.staff!;
  const now = new Date();
  const counts = canViewRequests(staff)
    ? await urgencyCounts(c.var.deps.db, now.toISOString(), stockholmInstant(stockholmDate(now), '23:59').toISOString(), staff.id)
    : undefined;
  return page(c, <HomePage displayName={staff.displayName} who={staff} counts={counts} />, { title: 'Start' });
});
