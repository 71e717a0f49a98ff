// The detectors read text with HTML in it as a reader does: references decoded, tags and comments gone, findings over the written form.
import { describe, expect, it } from 'vitest';
import { scanMany } from '../../../src/detect/engine.ts';
import { blocksFromMarkdown } from '../../../src/text/documentBlocks.ts';
import { found } from './found.ts';

// 19560808-2656 is one of Skatteverket's test personnummer.
const PNR = '19560808-2656';
const printed = (md: string) => blocksFromMarkdown(md).flatMap((b) => ('runs' in b ? b.runs.map((r) => r.text) : [])).join('');

describe('detectors on text with HTML in it', () => {
  it('a personnummer written with a character reference prints as the number and is flagged over its written form', () => {
    const text = `Personnummer ${PNR.replace('-', '&#45;')} enligt ansökan.`;
    expect(printed(text)).toContain(PNR);
    expect(found(text, 'personnummer')).toEqual([PNR.replace('-', '&#45;')]);
  });

  it('an e-mail address written with references, and a number split by a tag or a comment, are flagged', () => {
    expect(found('Svara till tolvan&#46;tolvansson&#64;exempel.se i dag.', 'email')).toEqual(['tolvan&#46;tolvansson&#64;exempel.se']);
    expect(found(`Pnr <b>${PNR.slice(0, 8)}</b>-${PNR.slice(9)} här.`, 'personnummer')).toEqual([`${PNR.slice(0, 8)}</b>-${PNR.slice(9)}`]);
    expect(found(`Pnr ${PNR.slice(0, 4)}<!-- -->${PNR.slice(4)} här.`, 'personnummer')).toEqual([`${PNR.slice(0, 4)}<!-- -->${PNR.slice(4)}`]);
  });

  it('text without HTML, or that only looks like it, is read as it stands, in a batch too', () => {
    const plain = `Pnr ${PNR}, vinst < 5 % & AT&T.`;
    expect(found(plain, 'personnummer')).toEqual([PNR]);
    const [a, b] = scanMany([plain, `Pnr ${PNR.replace('-', '&#x2d;')}.`]);
    expect(a!.filter((f) => f.type === 'personnummer').map((f) => plain.slice(f.start, f.end))).toEqual([PNR]);
    expect(b!.filter((f) => f.type === 'personnummer')).toHaveLength(1);
  });
});
