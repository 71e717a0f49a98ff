// The one named query that feeds every requester-facing page (STYLE.md 5): per handling, what may be released.
import type { Db } from './connection.ts';

/** The box label of a provision whose name would reveal the secret (migration 0037): not itself a provision. */
export const CONCEALED_MARKER = 'OSL';
import type { AssessmentOutcome } from './redactions.ts';
import type { StructureBlock } from '../extract/types.ts';
import { structureInReleased, type MarkerPlacement } from '../domain/releasedStructure.ts';

export interface CurrentReleasedVersion {
  documentId: number;
  /** The current sekretessprövning, or null if none is recorded. */
  assessment: AssessmentOutcome | null;
  /**
   * The current approved released version's text, or null when there is none or the handling is
   * withheld in full. Never the original: only approved versions reach a requester.
   */
  releasedText: string | null;
  /** The approved released version's id (null when none or withheld): a PDF handling's redacted file hangs on it. */
  releasedVersionId: number | null;
  /** Every OSL provision relied on (the assessment's and each marker's), e.g. ["OSL 21:7"], sorted. */
  provisions: string[];
  /** The public title approved with the assessment (migration 0015); null when none was recorded. */
  publicTitle: string | null;
  /** The handling's layout (.docx) as ranges of the released text, or null: print as paragraphs. */
  structure: StructureBlock[] | null;
}

interface Row {
  document_id: number;
  version_id: number | null;
  outcome: AssessmentOutcome | null;
  provision_ids: string | null;
  text: string | null;
  markers: string | null;
  public_title: string | null;
  structure: string | null;
}

/**
 * For each handling of the request, in handling order. With `asOf` (a decision's time), the
 * assessment and approved version that stood at that moment: what a decision released stays what
 * its link shows, even if a version is approved afterwards.
 */
export async function currentReleasedVersions(db: Db, requestId: number, asOf: string | null = null): Promise<CurrentReleasedVersion[]> {
  const rows = (
    asOf === null
      ? await db.all(`SELECT d.id AS document_id, d.structure, v.id AS version_id, a.outcome, a.provision_ids, a.public_title, v.text, v.markers
             FROM document d
             LEFT JOIN secrecy_assessment a ON a.id = (SELECT max(id) FROM secrecy_assessment WHERE document_id = d.id)
             LEFT JOIN released_version v ON v.document_id = d.id AND v.superseded_at IS NULL
             WHERE d.request_id = ? ORDER BY d.id`, [requestId])
      : await db.all(`SELECT d.id AS document_id, d.structure, v.id AS version_id, a.outcome, a.provision_ids, a.public_title, v.text, v.markers
             FROM document d
             LEFT JOIN secrecy_assessment a ON a.id = (SELECT max(id) FROM secrecy_assessment WHERE document_id = d.id AND assessed_at <= @asOf)
             LEFT JOIN released_version v ON v.id = (SELECT max(id) FROM released_version WHERE document_id = d.id AND approved_at <= @asOf)
             WHERE d.request_id = @requestId ORDER BY d.id`, { requestId, asOf })
  ) as Row[];
  const labelOf = 'SELECT label FROM provision WHERE id = ?';
  const out: CurrentReleasedVersion[] = [];
  for (const r of rows) {
    const labels = new Set<string>();
    for (const id of r.provision_ids ? (JSON.parse(r.provision_ids) as number[]) : []) {
      const l = await db.value(labelOf, [id]) as string | undefined;
      if (l) labels.add(l);
    }
    const withheld = r.outcome === 'withhold';
    if (!withheld && r.markers) for (const m of JSON.parse(r.markers) as Array<{ provisionLabels: string[] }>) for (const l of m.provisionLabels) if (l !== CONCEALED_MARKER) labels.add(l);
    out.push({
      documentId: r.document_id,
      assessment: r.outcome,
      releasedText: withheld ? null : r.text,
      releasedVersionId: withheld ? null : r.version_id,
      provisions: [...labels].sort(),
      publicTitle: r.public_title,
      structure:
        withheld || r.text === null || !r.structure
          ? null
          : structureInReleased(JSON.parse(r.structure) as StructureBlock[], r.markers ? (JSON.parse(r.markers) as MarkerPlacement[]) : [], r.text.length),
    });
  }
  return out;
}
