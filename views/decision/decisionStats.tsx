// The decisions part of the statistics page: outcomes, provisions used, time from request to release.
import type { DecisionStats } from '../../src/domain/decisionStats.ts';

const num = (n: number | null): string => (n === null ? '–' : n.toLocaleString('sv-SE', { maximumFractionDigits: 1 }));

export function DecisionStatsSection({ stats }: { stats: DecisionStats }) {
  return (
    <section aria-labelledby="decision-stats-heading" id="decision-stats">
      <h2 id="decision-stats-heading">Beslut</h2>
      <dl class="stat-figures">
        <div>
          <dt>Utlämnade till sökanden</dt>
          <dd id="stat-released">{stats.released.toLocaleString('sv-SE')}</dd>
        </div>
        <div>
          <dt>Median arbetsdagar till utlämnande</dt>
          <dd id="stat-release-median">{num(stats.medianWorkingDaysToRelease)}</dd>
        </div>
      </dl>
      <table class="table" id="outcome-table">
        <caption>Utfall</caption>
        <thead>
          <tr>
            <th scope="col">Utfall</th>
            <th scope="col">Antal beslut</th>
          </tr>
        </thead>
        <tbody>
          {stats.outcomes.map((o) => (
            <tr>
              <th scope="row">{o.label}</th>
              <td>{o.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="table" id="provision-table">
        <caption>Tillämpade bestämmelser i OSL</caption>
        <thead>
          <tr>
            <th scope="col">Bestämmelse</th>
            <th scope="col">Antal beslut</th>
            <th scope="col">Antal handlingar</th>
          </tr>
        </thead>
        <tbody>
          {stats.provisions.length ? (
            stats.provisions.map((p) => (
              <tr>
                <th scope="row">{p.provision}</th>
                <td>{p.decisions}</td>
                <td>{p.handlingar}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colspan={3}>Inga bestämmelser har tillämpats ännu.</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
