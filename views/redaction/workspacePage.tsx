// The page workspace of a PDF handling: its pages as images with findings, maskeringar and uncertain OCR words drawn as boxes, and the selected one with its provision and actions beside them.
//
// Boxes are SVG rectangles in the page's own coordinates (PDF points, top-left origin) over the
// image, so they scale with it and need no inline style (the CSP forbids it). Each box is a link
// (keyboard: Tab, Enter) that selects it; the side panel stays in view while the pages scroll. A box
// is drawn by mouse in static/app.js, which fills the coordinates form; the form works without it.
import type { FindingRow } from '../../src/db/documents.ts';
import type { ProvisionRow } from '../../src/db/provisions.ts';
import type { RedactionView } from '../../src/db/redactions.ts';
import { typeLabel } from '../documents/labels.ts';
import { AreaFields, redactionStatusLabels } from './secrecyPage.tsx';
import { Input, ProvisionSelect } from './fields.tsx';

export interface WorkspaceBox {
  /** f<finding id>, r<redaction id> or w<offset> (an uncertain OCR word) */
  key: string;
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface WorkspacePage {
  number: number;
  width: number;
  height: number;
  /** read with OCR (no text layer) */
  scanned: boolean;
}

export interface UncertainWord {
  key: string;
  page: number;
  text: string;
  confidence: number;
}

export type Selected =
  | { kind: 'finding'; finding: FindingRow; text: string; covered: boolean }
  | { kind: 'redaction'; redaction: RedactionView }
  | { kind: 'word'; word: UncertainWord }
  | null;

export interface WorkspacePageProps {
  doc: { id: number; description: string };
  pages: WorkspacePage[];
  boxes: WorkspaceBox[];
  findings: FindingRow[];
  redactions: RedactionView[];
  uncertain: UncertainWord[];
  selected: Selected;
  /** the selected box's key, highlighted */
  selectedKey: string | null;
  provisions: readonly ProvisionRow[];
  canPropose: boolean;
  /** boxes could not be computed (the file could not be read): the pages show without them */
  layoutFailed: boolean;
}

function kindOf(key: string, p: WorkspacePageProps): { cls: string; label: string } {
  if (key.startsWith('f')) {
    const f = p.findings.find((x) => `f${x.id}` === key);
    return { cls: 'ws-box--finding', label: `Fynd: ${f ? typeLabel(f.type) : ''}` };
  }
  if (key.startsWith('r')) {
    const r = p.redactions.find((x) => `r${x.id}` === key);
    const status = r ? redactionStatusLabels[r.status] : '';
    return { cls: r?.status === 'approved' ? 'ws-box--approved' : 'ws-box--proposed', label: `Maskering, ${status.toLowerCase()}: ${r?.provision_label ?? ''}` };
  }
  return { cls: 'ws-box--uncertain', label: 'Osäkert läst ord' };
}

const pt = (n: number) => Math.round(n);

function SelectedPanel(p: WorkspacePageProps) {
  const s = p.selected;
  const back = `/documents/${p.doc.id}/workspace`;
  if (!s) return <p>Välj en ruta på sidorna (eller tabba till den och tryck Enter) för att se den här.</p>;
  if (s.kind === 'finding') {
    return (
      <>
        <p>
          <strong>Fynd: {typeLabel(s.finding.type)}</strong> på sidan. <span class="masked-text">{s.text}</span>
        </p>
        <p class="field__hint">{s.finding.explanation}</p>
        {s.covered ? (
          <p>Fyndet är redan maskerat.</p>
        ) : p.canPropose ? (
          <form method="post" action={`/documents/${p.doc.id}/redactions`} novalidate>
            <input type="hidden" name="kind" value="finding" />
            <input type="hidden" name="form" value="finding" />
            <input type="hidden" name="findingId" value={String(s.finding.id)} />
            <ProvisionSelect id="finding-provisionId" label="Bestämmelse" provisions={p.provisions} />
            <Input id="finding-motivering" name="motivering" label="Motivering" optional />
            <button type="submit" class="button">
              Föreslå maskering
            </button>
          </form>
        ) : null}
      </>
    );
  }
  if (s.kind === 'redaction') {
    const r = s.redaction;
    return (
      <>
        <p>
          <strong>Maskering, {redactionStatusLabels[r.status].toLowerCase()}</strong> enligt {r.provision_label}.
        </p>
        {r.masked_text !== null ? (
          <p>
            Text: <span class="masked-text">{r.masked_text}</span>
          </p>
        ) : (
          <p>Ett område på sidan.</p>
        )}
        <p>
          Föreslagen av {r.proposed_by_name}
          {r.decided_by_name ? `, prövad av ${r.decided_by_name}` : ''}.
        </p>
        <p>
          <a href={`/documents/${p.doc.id}/secrecy#r${r.id}`}>Ändra, dra tillbaka eller avslå i sekretessprövningen</a>
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        <strong>Osäkert läst ord</strong> (OCR, säkerhet {Math.round(s.word.confidence)} av 100): <span class="masked-text">{s.word.text}</span>
      </p>
      <p>Jämför med sidbilden. Står det något annat som ska maskeras, rita en ruta över det.</p>
    </>
  );
  void back;
}

export function WorkspacePage(p: WorkspacePageProps) {
  const byPage = (n: number) => p.boxes.filter((b) => b.page === n);
  return (
    <>
      <p>
        <a href={`/documents/${p.doc.id}/secrecy`}>Tillbaka till sekretessprövningen</a>
      </p>
      <h1>Sidvy: {p.doc.description}</h1>
      <p>
        Originalets sidor med fynd (gula), föreslagna maskeringar (streckade), godkända maskeringar (svarta kanter) och osäkert lästa ord från OCR (prickade).
        Välj en ruta för att se den bredvid sidorna.
        {p.canPropose ? ' Rita en ruta med musen över det som ska maskeras, eller skriv in rutans kanter i formuläret.' : ''}
      </p>
      {p.layoutFailed ? <p class="notice">Rutorna kunde inte räknas fram för den här filen. Sidorna visas utan dem; maskeringarna finns i sekretessprövningen.</p> : null}
      <div class="workspace">
        <div class="workspace__pages">
          {p.pages.map((pg) => (
            <section class="ws-page" aria-labelledby={`page-${pg.number}-heading`}>
              <h2 id={`page-${pg.number}-heading`}>
                Sida {pg.number}
                {pg.scanned ? ' (inskannad, läst med OCR)' : ''}
              </h2>
              <div class="ws-page__canvas" data-page-canvas data-page={String(pg.number)} data-width={String(pg.width)} data-height={String(pg.height)}>
                <img src={`/documents/${p.doc.id}/pages/${pg.number}`} alt={`Sida ${pg.number} av originalet`} width={String(pt(pg.width))} height={String(pt(pg.height))} loading="lazy" />
                <svg class="ws-page__boxes" viewBox={`0 0 ${pg.width} ${pg.height}`} preserveAspectRatio="none" role="group" aria-label={`Rutor på sidan ${pg.number}`}>
                  {byPage(pg.number).map((b) => {
                    const k = kindOf(b.key, p);
                    return (
                      <a href={`/documents/${p.doc.id}/workspace?valt=${b.key}#valt`} aria-label={k.label}>
                        <rect
                          class={`ws-box ${k.cls}${p.selectedKey === b.key ? ' ws-box--selected' : ''}`}
                          x={String(b.x0)}
                          y={String(b.y0)}
                          width={String(Math.max(1, b.x1 - b.x0))}
                          height={String(Math.max(1, b.y1 - b.y0))}
                        />
                      </a>
                    );
                  })}
                </svg>
              </div>
            </section>
          ))}
        </div>
        <aside class="workspace__side" aria-labelledby="valt">
          <h2 id="valt" tabindex={-1}>
            Valt
          </h2>
          <SelectedPanel {...p} />
          {p.canPropose ? (
            <>
              <h2 id="draw-heading">Maskera ett område</h2>
              <p class="field__hint" id="draw-hint">
                Rutan i punkter från sidans övre vänstra hörn (en stående A4-sida är 595 × 842). Ritar du med musen fylls kanterna i här.
              </p>
              <form method="post" action={`/documents/${p.doc.id}/areas`} novalidate aria-describedby="draw-hint" data-draw-form>
                <input type="hidden" name="form" value="area" />
                <input type="hidden" name="back" value="workspace" />
                <AreaFields prefix="area" pages={p.pages} input={{}} />
                <ProvisionSelect id="area-provisionId" label="Bestämmelse" provisions={p.provisions} />
                <Input id="area-motivering" name="motivering" label="Motivering" optional />
                <button type="submit" class="button">
                  Föreslå maskering av området
                </button>
              </form>
            </>
          ) : null}
          {p.uncertain.length ? (
            <>
              <h2 id="uncertain-heading">Osäkert lästa ord ({p.uncertain.length})</h2>
              <ul class="uncertain-words">
                {p.uncertain.slice(0, 200).map((w) => (
                  <li>
                    <a href={`/documents/${p.doc.id}/workspace?valt=${w.key}#valt`}>
                      Sida {w.page}: {w.text}
                    </a>{' '}
                    ({Math.round(w.confidence)})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </aside>
      </div>
    </>
  );
}
