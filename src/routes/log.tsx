// The decision log, readable by reviewers and admins.
import { Hono } from 'hono';
import { LogPage } from '../../views/log.tsx';
import { recentLog } from '../db/decisionLog.ts';
import type { AppEnv } from '../web/env.ts';
import { allow } from '../web/auth.ts';
import { canReadLog } from '../domain/roles.ts';
import { page } from '../web/render.tsx';
import { parseId } from '../web/form.ts';

export const logRoutes = new Hono<AppEnv>();

const PAGE_SIZE = 50;

logRoutes.get('/log', allow(canReadLog), async (c) => {
  const pageNo = parseId(c.req.query('page')) ?? 1;
  const rows = await recentLog(c.var.deps.db, PAGE_SIZE + 1, (pageNo - 1) * PAGE_SIZE);
  return page(c, <LogPage rows={rows.slice(0, PAGE_SIZE)} page={pageNo} hasMore={rows.length > PAGE_SIZE} />, {
    title: 'Händelselogg',
  });
});
