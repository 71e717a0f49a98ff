// Rendering: the jsxRenderer that wraps pages in the layout, and the error pages.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { jsxRenderer } from 'hono/jsx-renderer';
import { Layout } from '../../views/layout.tsx';
import { ForbiddenPage, NotFoundPage, PayloadTooLargePage, ServerErrorPage, UnstorableInputPage } from '../../views/errors.tsx';
import type { AppEnv } from './env.ts';

export const renderer = jsxRenderer(
  ({ children, title, hasErrors }, c) => {
    const staff = (c as Context<AppEnv>).var.staff;
    return (
      <Layout
        title={title}
        hasErrors={hasErrors}
        user={staff ? { id: staff.id, displayName: staff.displayName, role: staff.role } : null}
        orgName={(c as Context<AppEnv>).var.deps.config.organisationName}
        path={c.req.path}
      >
        {children}
      </Layout>
    );
  },
  { docType: true },
);

export interface PageOptions {
  title: string;
  hasErrors?: boolean;
  status?: 200 | 400 | 403 | 404 | 413 | 422 | 429 | 500;
}

/** A full page in the layout. Validation errors mean 422 unless told otherwise (STYLE.md 7). */
export function page(c: Context<AppEnv>, body: Child, opts: PageOptions) {
  c.status(opts.status ?? (opts.hasErrors ? 422 : 200));
  return c.render(body as string, { title: opts.title, hasErrors: opts.hasErrors });
}

export const renderForbidden = (c: Context<AppEnv>, reason: string) =>
  page(c, <ForbiddenPage reason={reason} />, { title: 'Ingen behörighet', status: 403 });

export const renderNotFound = (c: Context<AppEnv>) => page(c, <NotFoundPage />, { title: 'Sidan finns inte', status: 404 });

export const renderServerError = (c: Context<AppEnv>, errorId: string) =>
  page(c, <ServerErrorPage errorId={errorId} />, { title: 'Något gick fel', status: 500 });

export const renderPayloadTooLarge = (c: Context<AppEnv>) =>
  page(c, <PayloadTooLargePage />, { title: 'För stort', status: 413 });

/** A form field, the query or the address held U+0000 or a lone surrogate (src/web/storableInput.ts). */
export const renderUnstorableInput = (c: Context<AppEnv>) =>
  page(c, <UnstorableInputPage />, { title: 'Fel: Tecken som inte kan sparas', status: 400 });
