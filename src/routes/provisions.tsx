// The admin's OSL provisions catalogue: list, add, rename, name or leave unnamed (FL 32 § 2 st), retire and reinstate.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { ProvisionsPage, type ProvisionsPageProps } from '../../views/admin/provisions.tsx';
import { findProvisionById, listProvisions } from '../db/provisions.ts';
import { addProvision, renameProvision, setProvisionActive, setProvisionConceal } from '../domain/provisionCommands.ts';
import type { AppEnv } from '../web/env.ts';
import { actorOf, allow } from '../web/auth.ts';
import { canManageProvisions } from '../domain/roles.ts';
import { formString, parseId } from '../web/form.ts';
import { page, renderForbidden, renderNotFound } from '../web/render.tsx';

export const provisionRoutes = new Hono<AppEnv>();

provisionRoutes.use('/admin/provisions', allow(canManageProvisions));
provisionRoutes.use('/admin/provisions/*', allow(canManageProvisions));

const notices: Record<string, string> = {
  tillagd: 'Bestämmelsen är tillagd.',
  andrad: 'Namnet är ändrat.',
  avvecklad: 'Bestämmelsen är avvecklad. Den står kvar på äldre beslut men kan inte väljas.',
  aterinford: 'Bestämmelsen kan väljas igen.',
  doljs: 'Bestämmelsen namnges inte längre i maskeringsrutor och beslut som görs från nu.',
  namnges: 'Bestämmelsen namnges i maskeringsrutor och beslut som görs från nu.',
};

async function provisionsPage(c: Context<AppEnv>, extra: Partial<ProvisionsPageProps> = {}) {
  return page(c, <ProvisionsPage provisions={await listProvisions(c.var.deps.db)} {...extra} />, {
    title: 'Bestämmelser i OSL',
    hasErrors: !!extra.errors?.length,
  });
}

provisionRoutes.get('/admin/provisions', (c) => provisionsPage(c, { notice: notices[c.req.query('klart') ?? ''] }));

provisionRoutes.post('/admin/provisions', async (c) => {
  const form = await c.req.parseBody();
  const input = {
    chapter: formString(form, 'chapter'),
    section: formString(form, 'section'),
    part: formString(form, 'part'),
    shortName: formString(form, 'shortName'),
    harmTest: formString(form, 'harmTest'),
    activity: formString(form, 'activity'),
    concealLabel: formString(form, 'concealLabel'),
  };
  const r = await addProvision(c.var.deps.db, actorOf(c), input);
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return provisionsPage(c, { errors: r.errors, input });
  return c.redirect('/admin/provisions?klart=tillagd', 303);
});

provisionRoutes.post('/admin/provisions/:id', async (c) => {
  const id = parseId(c.req.param('id'));
  if (!id || !await findProvisionById(c.var.deps.db, id)) return renderNotFound(c);
  const shortName = formString(await c.req.parseBody(), 'shortName');
  const r = await renameProvision(c.var.deps.db, actorOf(c), id, shortName);
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return provisionsPage(c, { errors: r.errors, input: { [`shortName-${id}`]: shortName } });
  return c.redirect('/admin/provisions?klart=andrad', 303);
});

/** FL 32 § 2 st: whether boxes and reasons name the provision, on an existing entry. */
provisionRoutes.post('/admin/provisions/:id/conceal', async (c) => {
  const id = parseId(c.req.param('id'));
  if (!id || !await findProvisionById(c.var.deps.db, id)) return renderNotFound(c);
  const conceal = formString(await c.req.parseBody(), 'concealLabel') === '1';
  const r = await setProvisionConceal(c.var.deps.db, actorOf(c), id, conceal);
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return provisionsPage(c, { errors: r.errors });
  return c.redirect(`/admin/provisions?klart=${conceal ? 'doljs' : 'namnges'}`, 303);
});

provisionRoutes.post('/admin/provisions/:id/:action{retire|reinstate}', async (c) => {
  const id = parseId(c.req.param('id'));
  if (!id || !await findProvisionById(c.var.deps.db, id)) return renderNotFound(c);
  const active = c.req.param('action') === 'reinstate';
  const r = await setProvisionActive(c.var.deps.db, actorOf(c), id, active);
  if (r.forbidden) return renderForbidden(c, r.forbidden);
  if (!r.ok) return provisionsPage(c, { errors: r.errors });
  return c.redirect(`/admin/provisions?klart=${active ? 'aterinford' : 'avvecklad'}`, 303);
});
