// The statistics page for registrators and reviewers.
import { Hono } from 'hono';
import { StatsPage } from '../../views/requests/stats.tsx';
import { receivedAndDecided } from '../db/disclosureRequests.ts';
import { decisionOutcomeCounts, decisionProvisions, firstLinkTimes } from '../db/decisions.ts';
import { decisionStats } from '../domain/decisionStats.ts';
import { requestStats, monthKeys } from '../domain/requestStats.ts';
import { canViewRequests } from '../domain/requestPolicy.ts';
import { stockholmInstant } from '../domain/workingDays.ts';
import type { AppEnv } from '../web/env.ts';
import { allow } from '../web/auth.ts';
import { page } from '../web/render.tsx';
import { subjectRequestsSince } from '../db/subjectRequests.ts';
import { subjectStats } from '../domain/subjectStats.ts';
import { SubjectStatsSection } from '../../views/subject/pages.tsx';

export const statsRoutes = new Hono<AppEnv>();

statsRoutes.get('/stats', allow(canViewRequests), async (c) => {
  const now = new Date();
  const from = stockholmInstant(`${monthKeys(now, 12)[0]}-01`, '00:00');
  const { db, config } = c.var.deps;
  const stats = requestStats(await receivedAndDecided(db, from.toISOString()), now, 12, config.deadline.endOfDay);
  const fromIso = from.toISOString();
  const decisions = decisionStats(await decisionOutcomeCounts(db, fromIso), await decisionProvisions(db, fromIso), await firstLinkTimes(db, fromIso), config.deadline.endOfDay);
  const subject = subjectStats(await subjectRequestsSince(db, fromIso), now);
  return page(
    c,
    <>
      <StatsPage months={stats.months} total={stats.total} decisions={decisions} />
      <SubjectStatsSection kinds={subject.kinds} total={subject.total} />
    </>,
    { title: 'Statistik' },
  );
});
