// Public pages that need no login: the accessibility statement (lag 2018:1937).
import { Hono } from 'hono';
import { AccessibilityStatement } from '../../views/accessibility.tsx';
import { RequesterLayout } from '../../views/release/requester.tsx';
import type { AppEnv } from '../web/env.ts';

export const publicRoutes = new Hono<AppEnv>();

publicRoutes.get('/tillganglighet', async (c) => {
  const { organisationName, accessibilityContact } = c.var.deps.config;
  const html = await (
    <RequesterLayout title="Tillgänglighet" orgName={organisationName}>
      <AccessibilityStatement orgName={organisationName} contact={accessibilityContact} />
    </RequesterLayout>
  ).toString();
  return c.html(`<!DOCTYPE html>${html}`);
});
