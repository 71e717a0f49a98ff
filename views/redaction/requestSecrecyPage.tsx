// Where the sekretessprövning of each handling of a request stands, so a large request can be released in batches as each handling is done.
import { count } from '../../src/text/counts.ts';
import type { SecrecyOverviewRow } from '../../src/db/redactions.ts';
import { assessmentLabels } from '../../src/domain/secrecyAssessment.ts';
import { formatDateTime } from '../requests/format.ts';

export interface RequestSecrecyPageProps {
  request: { id: number; reference: string };
  rows: SecrecyOverviewRow[];
}

/** What remains to be done for one handling, in the words of the workflow. */
export function nextStep(r: SecrecyOverviewRow): string {
  if (r.outcome === 'withhold') return 'Klar: hålls inne';
  if (r.proposed_count > 0) return 'Väntar på godkännande av en annan jurist';
  if (!r.outcome) return r.finding_count > 0 ? 'Föreslå maskeringar och gör sekretessprövningen' : 'Gör sekretessprövningen';
  if (!r.released_at) return 'Godkänn den utlämnade versionen';
  return 'Klar: kan lämnas ut';
}

export function RequestSecrecyPage(p: RequestSecrecyPageProps) {
  const done = p.rows.filter((r) => nextStep(r).startsWith('Klar')).length;
  return (
    <>
      <p>
        <a href={`/requests/${p.request.id}`}>← Tillbaka till begäran {p.request.reference}</a>
      </p>
      <h1>Sekretessprövning av begäran {p.request.reference}</h1>
      <p>
        {done} av {count(p.rows.length, 'handling', 'handlingar')} är {p.rows.length === 1 ? 'färdigprövad' : 'färdigprövade'}. Handlingar som är klara kan lämnas ut medan de andra prövas (TF 2 kap. 15–16 §§:
        skyndsamt).
      </p>
      {p.rows.length === 0 ? (
        <p class="muted">Inga handlingar är bifogade ännu.</p>
      ) : (
        <table class="table">
          <caption class="visually-hidden">Handlingarnas sekretessprövning</caption>
          <thead>
            <tr>
              <th scope="col">Handling</th>
              <th scope="col">Fynd</th>
              <th scope="col">Prövning</th>
              <th scope="col">Maskeringar</th>
              <th scope="col">Utlämnad version</th>
              <th scope="col">Nästa steg</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr>
                <td>
                  {r.parent_document_id ? <span class="muted">Bilaga: </span> : null}
                  <a href={`/documents/${r.id}/secrecy`}>{r.description}</a>
                  <div class="muted small">{r.file_name}</div>
                </td>
                <td>{r.finding_count}</td>
                <td>{r.outcome ? assessmentLabels[r.outcome] : 'Inte gjord'}</td>
                <td>
                  {r.proposed_count} föreslagna, {r.approved_count} godkända
                </td>
                <td>{r.released_at ? `Godkänd ${formatDateTime(r.released_at)}` : '–'}</td>
                <td>{nextStep(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
