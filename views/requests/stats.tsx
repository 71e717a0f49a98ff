// The statistics page: requests per month as an inline SVG bar chart (no script), with the same numbers in a table.
import type { MonthStats } from '../../src/domain/requestStats.ts';
import { monthNames } from '../../src/text/requestTexts.ts';
import type { DecisionStats } from '../../src/domain/decisionStats.ts';
import { DecisionStatsSection } from '../decision/decisionStats.tsx';

export interface StatsPageProps {
  months: MonthStats[];
  total: MonthStats;
  /** Outcomes, provisions and time to release (issue 7). */
  decisions?: DecisionStats;
}

const monthLabel = (key: string): string => {
  const [y, m] = key.split('-');
  return `${monthNames[Number(m) - 1]} ${y}`;
};
const shortMonth = (key: string): string => monthNames[Number(key.split('-')[1]) - 1]!.slice(0, 3);
const pct = (share: number | null): string => (share === null ? '–' : `${Math.round(share * 100)} %`);
const num = (n: number | null): string => (n === null ? '–' : n.toLocaleString('sv-SE', { maximumFractionDigits: 1 }));

export function StatsPage({ months, total, decisions }: StatsPageProps) {
  const max = Math.max(1, ...months.map((m) => m.received));
  const barW = 40;
  const gap = 12;
  const chartH = 160;
  const width = months.length * (barW + gap) + gap;
  return (
    <>
      <h1>Statistik</h1>
      <p>Begäranden som kommit in de senaste tolv månaderna. Tiden till beslut räknas i arbetsdagar från den dag klockan startade.</p>
      <dl class="stat-figures" id="stat-figures">
        <div>
          <dt>Inkomna</dt>
          <dd id="stat-received">{total.received.toLocaleString('sv-SE')}</dd>
        </div>
        <div>
          <dt>Median arbetsdagar till beslut</dt>
          <dd id="stat-median">{num(total.medianWorkingDays)}</dd>
        </div>
        <div>
          <dt>Besvarade samma dag</dt>
          <dd id="stat-same-day">{pct(total.sameDayShare)}</dd>
        </div>
      </dl>
      <h2 id="chart-heading">Inkomna per månad</h2>
      {/* The chart repeats the table below, which is the accessible source: aria-hidden keeps screen
          readers from reading the numbers twice. */}
      <svg
        class="chart"
        viewBox={`0 0 ${width} ${chartH + 40}`}
        width={width}
        height={chartH + 40}
        aria-hidden="true"
        focusable="false"
      >
        {months.map((m, i) => {
          const h = Math.round((m.received / max) * chartH);
          const x = gap + i * (barW + gap);
          return (
            <g>
              <rect class="bar" x={x} y={chartH - h + 16} width={barW} height={h} />
              <text x={x + barW / 2} y={chartH - h + 12} text-anchor="middle">
                {String(m.received)}
              </text>
              <text x={x + barW / 2} y={chartH + 34} text-anchor="middle">
                {shortMonth(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="table" id="stats-table">
        <caption>Per månad</caption>
        <thead>
          <tr>
            <th scope="col">Månad</th>
            <th scope="col">Inkomna</th>
            <th scope="col">Beslutade</th>
            <th scope="col">Median arbetsdagar till beslut</th>
            <th scope="col">Besvarade samma dag</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr>
              <th scope="row">{monthLabel(m.month)}</th>
              <td>{m.received}</td>
              <td>{m.decided}</td>
              <td>{num(m.medianWorkingDays)}</td>
              <td>{pct(m.sameDayShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {decisions ? <DecisionStatsSection stats={decisions} /> : null}
    </>
  );
}
