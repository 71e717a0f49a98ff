// The start page after login: what the role can do from here.
import type { Role } from '../src/domain/roles.ts';
import { roleLabel } from '../src/domain/roles.ts';
import { navFor } from './layout.tsx';

export function HomePage({ displayName, role }: { displayName: string; role: Role }) {
  const links = navFor(role).filter((i) => i.href !== '/');
  return (
    <>
      <h1>Välkommen, {displayName}</h1>
      <p>Du är inloggad som {roleLabel[role].toLowerCase()}.</p>
      {links.length ? (
        <ul class="link-list">
          {links.map((l) => (
            <li>
              <a href={l.href}>{l.label}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
