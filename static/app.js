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
