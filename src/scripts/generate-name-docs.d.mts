// Types of generate-name-docs.mjs (a plain script, imported by the training code's test).
export interface GeneratedDoc { id: string; text: string; entities: { type: 'name'; start: number; end: number }[] }
export function generateNameDocs(seed: number, count: number): GeneratedDoc[];
