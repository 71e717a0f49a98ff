// The overview's order: most urgent first, not plain arrival order (JO 6813-20 criticised strict first-come-first-served).
export interface UrgencyItem {
  /** From isOverdue(), computed when the list is read. */
  overdue: boolean;
  /** null when there is no running clock (decided, closed, withdrawn): those sort last. */
  dueAt: Date | null;
  /** Number of handlingar asked for; large requests start earlier so batches can go out as each
   *  handling is reviewed (JO practice, TF 2 kap. 16 §). */
  handlingCount: number;
  /** 'YYYY/NNNN', the request's own yearly series. */
  reference: string;
}

/** Sort key of a reference: year, then number, so 2026/10000 follows 2026/9999. */
function referenceKey(reference: string): [number, number] | null {
  const m = /^(\d{4})\/(\d+)$/.exec(reference);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

export function compareReferences(a: string, b: string): number {
  const ka = referenceKey(a);
  const kb = referenceKey(b);
  if (ka && kb) return ka[0] - kb[0] || ka[1] - kb[1];
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Array#sort comparator: overdue first, then the earliest due time, then the larger request, then
 * the older reference, so the order is total and stable between page loads.
 */
export function compareUrgency(a: UrgencyItem, b: UrgencyItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const da = a.dueAt?.getTime() ?? Infinity;
  const db = b.dueAt?.getTime() ?? Infinity;
  if (da !== db) return da < db ? -1 : 1;
  if (a.handlingCount !== b.handlingCount) return b.handlingCount - a.handlingCount;
  return compareReferences(a.reference, b.reference);
}
