// Insyn's only own script: small progressive enhancements; every page works without it.
document.addEventListener('DOMContentLoaded', () => {
  // STYLE.md 8: the error summary takes focus so screen readers announce it first.
  const summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();
});
