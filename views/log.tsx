// The decision log (händelselogg) as a paginated table, newest first.
import type { LogRowView } from '../src/db/decisionLog.ts';
import { formatDateTime } from './requests/format.ts';

export function LogTable({ rows, caption }: { rows: LogRowView[]; caption: string }) {
  return (
    <table class="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Nr</th>
          <th scope="col">Tid</th>
          <th scope="col">Vem</th>
          <th scope="col">Händelse</th>
          <th scope="col">Varför</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <td>{r.id}</td>
            <td>
              <time datetime={r.at}>{formatDateTime(r.at)}</time>
            </td>
            <td>{r.actor}</td>
            <td>
              {r.event_label} <code class="muted small">{r.event}</code>
            </td>
            <td>{r.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}


export function LogPage({ rows, page, hasMore }: { rows: LogRowView[]; page: number; hasMore: boolean }) {
  return (
    <>
      <h1>Händelselogg</h1>
      <p>
        Loggen går bara att lägga till i. Varje rad bär en kontrollsumma över sitt innehåll och föregående rad, så att en ändring i efterhand syns: kontrollera hela kedjan med <code>npx insyn audit verify</code>.
      </p>
      <LogTable rows={rows} caption={`Händelser, sida ${page}`} />
      <nav aria-label="Sidor" class="pagination">
        {page > 1 ? <a href={`/log?page=${page - 1}`}>Nyare</a> : null}
        {hasMore ? <a href={`/log?page=${page + 1}`}>Äldre</a> : null}
      </nav>
    </>
  );
}
