// The start page after login: for those who handle requests, what is late and what is due today, at a glance.
import type { Who } from '../src/domain/command.ts';
import { roleLabel } from '../src/domain/roles.ts';
import { navFor } from './layout.tsx';

export interface HomeCounts {
  overdue: number;
  dueToday: number;
  mine: number;
}

export function HomePage({ displayName, who, counts }: { displayName: string; who: Who; counts?: HomeCounts }) {
  const role = who.role;
  const links = navFor(who).filter((i) => i.href !== '/');
  return (
    <>
      <h1>Välkommen, {displayName}</h1>
      <p>Du är inloggad som {roleLabel[role].toLowerCase()}.</p>
      {counts ? (
        <section aria-labelledby="glance-heading">
          <h2 id="glance-heading">Just nu</h2>
          <ul class="glance">
            <li class={counts.overdue ? 'glance__item glance__item--late' : 'glance__item'}>
              <a href="/requests?overdue=1">
                <strong>{counts.overdue}</strong> försenade
              </a>
            </li>
            <li class="glance__item">
              <a href="/requests">
                <strong>{counts.dueToday}</strong> ska besvaras i dag
              </a>
            </li>
            <li class="glance__item">
              <a href="/requests?mine=1">
                <strong>{counts.mine}</strong> öppna som är dina
              </a>
            </li>
          </ul>
        </section>
      ) : null}
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
