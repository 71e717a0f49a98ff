// Insyn's only own script: small progressive enhancements; every page works without it.
document.addEventListener('DOMContentLoaded', () => {
  // STYLE.md 8: the error summary takes focus so screen readers announce it first.
  const summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();
});

// Sekretessprövning: a mouse or keyboard selection in the handling's text becomes the start and end of
// the "Maskera markerad text" form. Every run of original text sits in an element with data-o (its
// offset in the original) holding one text node, so the offsets are exact; anything else is skipped.
document.addEventListener('DOMContentLoaded', () => {
  const root = document.querySelector('[data-redaction-text]');
  const form = document.querySelector('[data-selection-form]');
  if (!root || !form) return;
  form.hidden = false;
  const startField = form.querySelector('input[name="start"]');
  const endField = form.querySelector('input[name="end"]');
  const readout = form.querySelector('[data-selection-readout]');
  const runs = () => Array.from(root.querySelectorAll('[data-o]'));
  const runStart = (el) => Number(el.getAttribute('data-o'));
  const runEnd = (el) => runStart(el) + el.textContent.length;

  /** The offset in the original of a DOM boundary point (container, offset). */
  function offsetOf(node, offset) {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const run = el && el.closest('[data-o]');
    if (run && root.contains(run)) {
      if (node.nodeType === Node.TEXT_NODE) return runStart(run) + offset;
      return offset > 0 ? runEnd(run) : runStart(run);
    }
    // A point between elements: the next run after it, or the end of the last run before it.
    const all = runs();
    const probe = document.createRange();
    probe.setStart(node, offset);
    for (const r of all) {
      if (probe.comparePoint(r, 0) >= 0) return runStart(r);
    }
    return all.length ? runEnd(all[all.length - 1]) : 0;
  }

  document.addEventListener('selectionchange', () => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer)) return;
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (!(end > start)) return;
    startField.value = String(start);
    endField.value = String(end);
    const text = sel.toString();
    readout.textContent = text.length > 200 ? `${text.slice(0, 199)}…` : text;
  });
});

// Page workspace: a box drawn with the mouse over a page image fills the coordinates form (page and
// edges in PDF points from the top-left corner) and moves focus to its provision. Without JavaScript,
// or from the keyboard, the same form is filled in by hand.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('[data-draw-form]');
  if (!form) return;
  const field = (name) => form.querySelector(`[name="${name}"]`);
  for (const canvas of document.querySelectorAll('[data-page-canvas]')) {
    canvas.setAttribute('data-drawing', '');
    let start = null;
    let draft = null;
    const toPoints = (ev) => {
      const r = canvas.getBoundingClientRect();
      const w = Number(canvas.getAttribute('data-width'));
      const h = Number(canvas.getAttribute('data-height'));
      const x = Math.min(Math.max(ev.clientX - r.left, 0), r.width);
      const y = Math.min(Math.max(ev.clientY - r.top, 0), r.height);
      return { px: x, py: y, x: (x / r.width) * w, y: (y / r.height) * h };
    };
    canvas.addEventListener('mousedown', (ev) => {
      if (ev.button !== 0 || ev.target.closest('a')) return;
      ev.preventDefault();
      start = toPoints(ev);
      draft = document.createElement('div');
      draft.className = 'ws-draft';
      canvas.appendChild(draft);
    });
    const place = (ev) => {
      const p = toPoints(ev);
      // Styles set through the CSSOM are allowed by the CSP (style-src 'self'); style attributes in markup are not.
      draft.style.left = `${Math.min(start.px, p.px)}px`;
      draft.style.top = `${Math.min(start.py, p.py)}px`;
      draft.style.width = `${Math.abs(p.px - start.px)}px`;
      draft.style.height = `${Math.abs(p.py - start.py)}px`;
      return p;
    };
    canvas.addEventListener('mousemove', (ev) => {
      if (start) place(ev);
    });
    window.addEventListener('mouseup', (ev) => {
      if (!start) return;
      const p = place(ev);
      const x0 = Math.min(start.x, p.x);
      const x1 = Math.max(start.x, p.x);
      const y0 = Math.min(start.y, p.y);
      const y1 = Math.max(start.y, p.y);
      start = null;
      if (x1 - x0 < 2 || y1 - y0 < 2) {
        draft.remove();
        return;
      }
      field('page').value = canvas.getAttribute('data-page');
      field('x0').value = x0.toFixed(1);
      field('y0').value = y0.toFixed(1);
      field('x1').value = x1.toFixed(1);
      field('y1').value = y1.toFixed(1);
      for (const old of document.querySelectorAll('.ws-draft')) if (old !== draft) old.remove();
      field('provisionId').focus();
    });
  }
});

// "Kopiera länken" / "Kopiera meddelandet": a button beside a read-only field copies its value and
// says so in a status region (announced by screen readers). Hidden without JavaScript, where the
// field is selected and copied by hand. The Clipboard API needs a secure context; elsewhere the
// field is selected and execCommand('copy') is tried.
document.addEventListener('DOMContentLoaded', () => {
  const status = document.querySelector('[data-copy-status]');
  for (const button of document.querySelectorAll('[data-copy]')) {
    const field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      let ok = false;
      try {
        if (navigator.clipboard && window.isSecureContext) {
          await navigator.clipboard.writeText(field.value);
          ok = true;
        }
      } catch {
        ok = false;
      }
      if (!ok) {
        field.focus();
        field.select();
        try {
          ok = document.execCommand('copy');
        } catch {
          ok = false;
        }
      }
      if (status) status.textContent = ok ? button.getAttribute('data-copied') : 'Det gick inte att kopiera. Markera texten och kopiera den själv (Ctrl+C).';
    });
  }
});
