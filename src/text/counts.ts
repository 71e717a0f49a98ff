// Swedish counts that agree with their number: "1 maskering", "3 maskeringar", "Godkänn maskeringen".

/** "1 sida" / "3 sidor": the number and the word in the form that agrees with it. */
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The approval button and its lead text, by how many proposed maskeringar it approves. */
export function approveLabel(proposed: number): string {
  if (proposed === 0) return 'Godkänn den utlämnade versionen';
  if (proposed === 1) return 'Godkänn maskeringen';
  return `Godkänn de ${proposed} föreslagna maskeringarna`;
}
