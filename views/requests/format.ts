// Date formatting for the request views, in Stockholm time (the clock's own time zone).
const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const dateOnly = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

export const formatDateTime = (d: string | Date): string => dateTime.format(typeof d === 'string' ? new Date(d) : d);
export const formatDate = (d: string | Date): string => dateOnly.format(typeof d === 'string' ? new Date(d) : d);

/** The first characters of a text, for a list cell, cut at a word. */
export function excerpt(text: string, max = 120): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
