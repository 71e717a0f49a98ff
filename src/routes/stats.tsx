// The statistics page for registrators and reviewers.
import { Hono } from 'hono';
import { StatsPage } from '../../views/requests/stats.tsx';
import { receivedAndDecided } from '../db/disclosureRequests.ts';
import { requestStats, monthKeys } from '../domain/requestStats.ts';
import { requestPolicyTexts } from '../domain/requestPolicy.ts';
import { stockholmInstant } from '../domain/workingDays.ts';
import type { AppEnv } from '../web/env.ts';
import { requireRole } from '../web/auth.ts';
import { page } from '../web/render.tsx';

export const statsRoutes = new Hono<AppEnv>();

statsRoutes.get('/stats', requireRole(['registrar', 'reviewer'], requestPolicyTexts.view), (c) => {
  const now = new Date();
  const from = stockholmInstant(`${monthKeys(now, 12)[0]}-01`, '00:00');
  const { db, config } = c.var.deps;
  const stats = requestStats(receivedAndDecided(db, from.toISOString()), now, 12, config.deadline.endOfDay);
  return page(c, <StatsPage months={stats.months} total={stats.total} />, { title: 'Statistik' });
});
