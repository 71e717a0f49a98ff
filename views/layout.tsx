// The page frame: Swedish, skip link, landmarks, and a navigation showing what the role may use.
import { canEditSubjectTemplate, canRegisterSubjectRequest } from '../src/domain/subjectRequestPolicy.ts';
import type { Child } from 'hono/jsx';
import type { Who } from '../src/domain/command.ts';
import { canEditTemplates } from '../src/domain/decisionPolicy.ts';
import { canRegisterRequest, canViewRequests } from '../src/domain/requestPolicy.ts';
import { canManageProvisions, canManageStaff, canReadLog, roleLabel } from '../src/domain/roles.ts';

export interface LayoutUser extends Who {
  displayName: string;
}

export interface LayoutProps {
  title: string;
  /** Prefixes the title with "Fel: " (STYLE.md 8) when the page shows validation errors. */
  hasErrors?: boolean;
  user?: LayoutUser | null;
  orgName: string;
  /** The path, to mark the current navigation item. */
  path?: string;
  csrfFormAction?: string;
  children?: Child;
}

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The navigation: each item is shown by the same permission that guards its page (src/web/auth.ts
 * `allow`), so a menu item and its route cannot disagree.
 */
const navItems: Array<NavItem & { can: (a: Who) => boolean }> = [
  { href: '/admin/users', label: 'Användare', can: canManageStaff },
  { href: '/admin/provisions', label: 'Bestämmelser', can: canManageProvisions },
  { href: '/admin/letter-templates', label: 'Brevmallar', can: canEditTemplates },
  { href: '/admin/subject-template', label: 'Mallar för registerutdrag', can: canEditSubjectTemplate },
  { href: '/requests', label: 'Begäranden', can: canViewRequests },
  { href: '/requests/new', label: 'Registrera', can: canRegisterRequest },
  { href: '/subject-requests/new', label: 'Registerutdrag', can: canRegisterSubjectRequest },
  { href: '/stats', label: 'Statistik', can: canViewRequests },
  { href: '/outbox', label: 'Utkorg', can: canViewRequests },
  { href: '/log', label: 'Händelselogg', can: canReadLog },
];

/** What this person sees in the navigation: only what they may use. */
export function navFor(who: Who): NavItem[] {
  return [{ href: '/', label: 'Start' }, ...navItems.filter((i) => i.can(who)).map(({ href, label }) => ({ href, label }))];
}

export function Layout(props: LayoutProps) {
  const { user, path } = props;
  return (
    <html lang="sv">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.hasErrors ? 'Fel: ' : ''}${props.title} – Insyn`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <script src="/static/htmx-4.0.1.min.js" defer></script>
        <script src="/static/app.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">
          Hoppa till innehållet
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="site-header__brand" href="/">
              Insyn <span class="site-header__org">{props.orgName}</span>
            </a>
            {user ? (
              <nav aria-label="Huvudmeny">
                <ul class="nav">
                  {navFor(user).map((item) => (
                    <li>
                      <a href={item.href} aria-current={path === item.href ? 'page' : undefined}>
                        {item.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            {user ? (
              <div class="site-header__user">
                <span>
                  {user.displayName} ({roleLabel[user.role]})
                </span>
                <a href="/account/password">Byt lösenord</a>
                <form method="post" action="/logout" class="inline-form">
                  <button type="submit" class="button-link">
                    Logga ut
                  </button>
                </form>
              </div>
            ) : null}
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <p>
            Insyn – handläggning av begäran om allmän handling. Fri programvara (AGPL-3.0-or-later). <a href="/tillganglighet">Tillgänglighet</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
