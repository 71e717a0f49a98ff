// The original against the released version, side by side and inline: for reviewers only, never a requester (it shows what is hidden).
import type { DiffPart } from '../../src/domain/releaseDiff.ts';
import { formatDateTime as formatStockholm } from '../requests/format.ts';

export interface DiffPageProps {
  doc: { id: number; request_id: number; description: string };
  reference: string;
  parts: DiffPart[];
  /** The approved version's date, or null when this is a preview of the proposed maskeringar. */
  approvedAt: string | null;
  approvedByName: string | null;
  markerCount: number;
  provisions: string[];
}

export function DiffPage(p: DiffPageProps) {
  return (
    <>
      <p>
        <a href={`/documents/${p.doc.id}/secrecy`}>← Tillbaka till sekretessprövningen</a>
      </p>
      <h1>Jämförelse: {p.doc.description}</h1>
      <p class="notice" role="note">
        {p.approvedAt
          ? `Godkänd utlämnad version från ${formatStockholm(p.approvedAt)} av ${p.approvedByName}.`
          : 'Förhandsvisning – inte godkänd: byggd från originalet och de föreslagna och godkända maskeringarna.'}{' '}
        {p.markerCount === 0 ? 'Inget är maskerat.' : `${p.markerCount} maskerade partier enligt ${p.provisions.join(', ')}.`} Sidan visar det som är
        dolt och är bara för jurister.
      </p>
      <p class="muted">
        <span class="legend legend--removed">Dolt i utlämnad version</span> <span class="legend legend--added">Markering i utlämnad version</span>
      </p>

      <h2 id="side-by-side">Sida vid sida</h2>
      <div class="diff-columns">
        <section aria-labelledby="diff-original">
          <h3 id="diff-original">Original</h3>
          <pre class="diff-text">
            {p.parts
              .filter((x) => x.kind !== 'added')
              .map((x) => (x.kind === 'removed' ? <del class="diff-removed">{x.text}</del> : x.text))}
          </pre>
        </section>
        <section aria-labelledby="diff-released">
          <h3 id="diff-released">Utlämnad version</h3>
          <pre class="diff-text" data-released-text>
            {p.parts
              .filter((x) => x.kind !== 'removed')
              .map((x) => (x.kind === 'added' ? <ins class="diff-added">{x.text}</ins> : x.text))}
          </pre>
        </section>
      </div>

      <h2 id="inline">Inbäddat</h2>
      <pre class="diff-text diff-inline">
        {p.parts.map((x) =>
          x.kind === 'removed' ? <del class="diff-removed">{x.text}</del> : x.kind === 'added' ? <ins class="diff-added">{x.text}</ins> : x.text,
        )}
      </pre>
    </>
  );
}
