// Writes small PDFs object by object for the redaction tests: every hiding place a released PDF must not keep.
// Built in the test (no binary fixtures): fonts incl. Type3, text split over operators, a table with
// rules, a rotated page, a hyphenated word, a hidden layer, a note, a form field, Info and XMP, an
// embedded file, document JavaScript, an incremental revision and an image-only page. Only
// Skatteverket's test personnummer are used.
import { deflateSync } from 'node:zlib';

export const PNR = '19560808-2656';
export const PNR_2 = '19420107-7098';
export const NAME = 'Tolvan Tolvansson';

/** A PDF string literal in Latin-1 (the standard fonts' WinAnsi agrees for å, ä, ö). */
export function lit(s: string): string {
  return `(${s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)})`;
}

export interface Obj {
  /** the object's dictionary or value, without "n 0 obj" */
  body: string;
  /** stream data, written raw (uncompressed unless `filter` says otherwise) */
  stream?: Uint8Array | string;
}

/** Writes objects 1..n with an xref table and the trailer; `extra` is appended as an incremental update. */
export class PdfWriter {
  private objs: Array<Obj | undefined> = [];

  /** Reserves an object number. */
  ref(): number {
    this.objs.push(undefined);
    return this.objs.length;
  }

  set(n: number, o: Obj): number {
    this.objs[n - 1] = o;
    return n;
  }

  add(o: Obj): number {
    return this.set(this.ref(), o);
  }

  private static chunk(n: number, o: Obj): Buffer {
    if (o.stream === undefined) return Buffer.from(`${n} 0 obj\n${o.body}\nendobj\n`, 'latin1');
    const data = typeof o.stream === 'string' ? Buffer.from(o.stream, 'latin1') : Buffer.from(o.stream);
    const dict = o.body.replace(/>>\s*$/, ` /Length ${data.length} >>`);
    return Buffer.concat([Buffer.from(`${n} 0 obj\n${dict}\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
  }

  /** A complete file; `update` (object number → new object) is appended as an incremental revision. */
  write(root: number, info: number | null, update?: Map<number, Obj>): Uint8Array {
    const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let pos = parts[0]!.length;
    const offsets: number[] = [];
    this.objs.forEach((o, i) => {
      if (!o) throw new Error(`object ${i + 1} reserved but never set`);
      offsets.push(pos);
      const c = PdfWriter.chunk(i + 1, o);
      parts.push(c);
      pos += c.length;
    });
    const xref = pos;
    let table = `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`;
    for (const off of offsets) table += `${String(off).padStart(10, '0')} 00000 n \n`;
    const trailerDict = `<< /Size ${offsets.length + 1} /Root ${root} 0 R${info ? ` /Info ${info} 0 R` : ''} >>`;
    table += `trailer\n${trailerDict}\nstartxref\n${xref}\n%%EOF\n`;
    parts.push(Buffer.from(table, 'latin1'));
    pos += table.length;
    if (update && update.size) {
      const upd: Array<[number, number]> = [];
      for (const [n, o] of update) {
        upd.push([n, pos]);
        const c = PdfWriter.chunk(n, o);
        parts.push(c);
        pos += c.length;
      }
      let t = 'xref\n';
      for (const [n, off] of upd) t += `${n} 1\n${String(off).padStart(10, '0')} 00000 n \n`;
      t += `trailer\n<< /Size ${offsets.length + 1} /Root ${root} 0 R${info ? ` /Info ${info} 0 R` : ''} /Prev ${xref} >>\nstartxref\n${pos}\n%%EOF\n`;
      parts.push(Buffer.from(t, 'latin1'));
    }
    return new Uint8Array(Buffer.concat(parts));
  }
}

/** Shows `s` one character per Tj operator, each placed by its own Td: text split over many operators. */
export function splitShow(font: string, size: number, x: number, y: number, s: string, advance: number): string {
  let out = `BT /${font} ${size} Tf ${x} ${y} Td `;
  for (const ch of s) out += `${lit(ch)} Tj ${advance} 0 Td `;
  return `${out}ET\n`;
}

export const line = (font: string, size: number, x: number, y: number, s: string) => `BT /${font} ${size} Tf ${x} ${y} Td ${lit(s)} Tj ET\n`;

/** A Type3 font drawing every glyph as a filled box, with a ToUnicode map so its text is extractable. */
function type3Font(w: PdfWriter, chars: string): number {
  const procs: string[] = [];
  const diffs: string[] = [];
  const cmap: string[] = [];
  [...chars].forEach((ch, i) => {
    const code = 65 + i;
    const proc = w.add({ body: '<< >>', stream: `600 0 0 0 500 700 d1\n50 0 500 700 re f\n` });
    procs.push(`/g${i} ${proc} 0 R`);
    diffs.push(`/g${i}`);
    cmap.push(`<${code.toString(16).padStart(2, '0')}> <${ch.charCodeAt(0).toString(16).padStart(4, '0')}>`);
  });
  const toUnicode = w.add({
    body: '<< >>',
    stream: `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def /CMapType 2 def
1 begincodespacerange <00> <ff> endcodespacerange
${cmap.length} beginbfchar
${cmap.join('\n')}
endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`,
  });
  const n = [...chars].length;
  return w.add({
    body: `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0]
  /CharProcs << ${procs.join(' ')} >> /Encoding << /Type /Encoding /Differences [65 ${diffs.join(' ')}] >>
  /FirstChar 65 /LastChar ${64 + n} /Widths [${Array(n).fill(600).join(' ')}] /Resources << >> /ToUnicode ${toUnicode} 0 R >>`,
  });
}

/** The codes a Type3 font made by type3Font(chars) uses for `s`. */
export function type3Codes(chars: string, s: string): string {
  return `(${[...s].map((c) => String.fromCharCode(65 + [...chars].indexOf(c))).join('')})`;
}

export interface KitchenSink {
  bytes: Uint8Array;
  /** Strings that must be masked wherever they stand, and may not survive anywhere in the released file. */
  secrets: string[];
  /** Unmasked neighbours on the same lines as secrets: they must stay, at the same place. */
  neighbours: string[];
}

const T3_CHARS = '0123456789-';

/**
 * Three pages: (1) A4 with a letter head in Helvetica, the name over many operators, a table with
 * rules, Times and Courier lines, a Type3 number, a word hyphenated over a line break, a hidden
 * layer, a note and a form field; (2) a page rotated 90°; (3) an image-only page (a scan). The
 * document holds Info, XMP, an outline, an embedded file, JavaScript, a structure tree, page-level
 * metadata, and an earlier revision of page 1 whose text is different.
 */
export function kitchenSinkPdf(): KitchenSink {
  const w = new PdfWriter();
  const catalog = w.ref();
  const pagesObj = w.ref();
  const helv = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' });
  const times = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>' });
  const courier = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>' });
  const t3 = type3Font(w, T3_CHARS);
  const ocg = w.add({ body: `<< /Type /OCG /Name ${lit('Utkast')} >>` });
  const fonts = `/Font << /F1 ${helv} 0 R /F2 ${times} 0 R /F3 ${courier} 0 R /F4 ${t3} 0 R >>`;

  // Page 1, current revision.
  let c = '';
  c += line('F1', 16, 72, 780, 'Exempelstads Energi AB');
  c += line('F1', 11, 72, 750, 'Sökande:');
  // The name as a TJ array with kerning, then the number one character per operator.
  c += `BT /F1 11 Tf 130 750 Td [${lit('Tol')} -20 ${lit('van Tol')} 15 ${lit('vansson')}] TJ ET\n`;
  c += line('F1', 11, 245, 750, 'pnr');
  c += splitShow('F1', 11, 270, 750, PNR, 6.2);
  c += line('F1', 11, 360, 750, 'ärende 2026/0042');
  // A table with rules (vector art).
  c += '0.5 w 72 700 m 520 700 l S 72 680 m 520 680 l S 72 660 m 520 660 l S 250 660 m 250 700 l S 380 660 m 380 700 l S\n';
  c += line('F1', 10, 76, 686, 'Kund');
  c += line('F1', 10, 254, 686, 'Anläggning');
  c += line('F1', 10, 384, 686, 'Förbrukning');
  c += line('F1', 10, 76, 666, NAME);
  c += line('F1', 10, 254, 666, 'FV-2231');
  c += line('F1', 10, 384, 666, '4 812 kWh');
  c += line('F2', 12, 72, 620, `Handläggare Eva Exempel, telefon 070-123 45 67, kontor Storgatan 1`);
  c += line('F3', 10, 72, 600, `Kundnr 88231 Tolvansson faktura 7731`);
  c += `BT /F1 10 Tf 72 580 Td ${lit('Kontrollnummer')} Tj ET BT /F4 10 Tf 160 580 Td ${type3Codes(T3_CHARS, PNR_2)} Tj ET BT /F1 10 Tf 300 580 Td ${lit('avser mätare 3')} Tj ET\n`;
  // A word hyphenated over a line break.
  c += line('F1', 11, 72, 550, 'Uppgifterna lämnades av Tolvans-');
  c += line('F1', 11, 72, 536, 'son själv vid besöket i mars.');
  // A hidden layer.
  c += `/OC /oc1 BDC ${line('F1', 11, 72, 500, `Utkast: ring ${PNR_2}`)}EMC\n`;
  const content1 = w.add({ body: '<< >>', stream: c });
  const noteAp = w.add({ body: '<< /Type /XObject /Subtype /Form /BBox [0 0 20 20] >>', stream: '1 1 0 rg 0 0 20 20 re f' });
  const note = w.add({
    body: `<< /Type /Annot /Subtype /Text /Rect [500 740 520 760] /Contents ${lit(`Ring ${NAME}, ${PNR}`)} /T ${lit('Eva')} /AP << /N ${noteAp} 0 R >> >>`,
  });
  const fieldAp = w.add({
    body: `<< /Type /XObject /Subtype /Form /BBox [0 0 150 20] /Resources << /Font << /F1 ${helv} 0 R >> >> >>`,
    stream: `/Tx BMC BT /F1 10 Tf 2 5 Td ${lit(PNR_2)} Tj ET EMC`,
  });
  const field = w.add({
    body: `<< /Type /Annot /Subtype /Widget /FT /Tx /T ${lit('pnr')} /V ${lit(PNR_2)} /Rect [360 470 510 490] /DA (/Helv 10 Tf 0 g) /AP << /N ${fieldAp} 0 R >> >>`,
  });
  const pageMeta = w.add({ body: '<< /Type /Metadata /Subtype /XML >>', stream: `<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>${NAME}</dc:creator></x:xmpmeta>` });
  const page1 = w.add({
    body: `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Contents ${content1} 0 R
  /Resources << ${fonts} /Properties << /oc1 ${ocg} 0 R >> >> /Annots [${note} 0 R ${field} 0 R] /Metadata ${pageMeta} 0 R
  /PieceInfo << /Insyn << /Private ${lit(PNR)} /LastModified (D:20260101000000Z) >> >> /StructParents 0 >>`,
  });

  // Page 2, rotated 90°: text runs along the long side as shown.
  const c2 = line('F1', 12, 72, 500, `Roterad sida: ${NAME} bor på Storgatan 12 B, 123 45 Exempelstad.`) + line('F1', 12, 72, 480, 'Mätarställning 4 812 kWh.');
  const content2 = w.add({ body: '<< >>', stream: c2 });
  const page2 = w.add({ body: `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Rotate 90 /Contents ${content2} 0 R /Resources << ${fonts} >> >>` });

  // Page 3, a scan: one grey image, no text. Stripes so that removed pixels can be told from kept ones.
  const iw = 200;
  const ih = 100;
  const px = new Uint8Array(iw * ih);
  for (let y = 0; y < ih; y++) for (let x = 0; x < iw; x++) px[y * iw + x] = (x >> 3) % 2 ? 200 : 90;
  const img = w.add({ body: `<< /Type /XObject /Subtype /Image /Width ${iw} /Height ${ih} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>`, stream: deflateSync(px) });
  const content3 = w.add({ body: '<< >>', stream: 'q 400 0 0 200 97 500 cm /Im1 Do Q' });
  const page3 = w.add({ body: `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Contents ${content3} 0 R /Resources << /XObject << /Im1 ${img} 0 R >> >> >>` });

  w.set(pagesObj, { body: `<< /Type /Pages /Kids [${page1} 0 R ${page2} 0 R ${page3} 0 R] /Count 3 >>` });

  // Document-level hiding places.
  const xmp = w.add({
    body: '<< /Type /Metadata /Subtype /XML >>',
    stream: `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Ärende ${PNR}</dc:title><dc:creator>${NAME}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`,
  });
  const outlineItem = w.ref();
  const outlines = w.add({ body: `<< /Type /Outlines /First ${outlineItem} 0 R /Last ${outlineItem} 0 R /Count 1 >>` });
  w.set(outlineItem, { body: `<< /Title ${lit(`Brev från ${NAME}`)} /Parent ${outlines} 0 R /Dest [${page1} 0 R /Fit] >>` });
  const efData = w.add({ body: '<< /Type /EmbeddedFile >>', stream: `Bilaga: ${NAME} ${PNR}` });
  const filespec = w.add({ body: `<< /Type /Filespec /F (bilaga.txt) /UF (bilaga.txt) /EF << /F ${efData} 0 R >> >>` });
  const js = w.add({ body: `<< /S /JavaScript /JS ${lit(`app.alert("${PNR}");`)} >>` });
  const structElem = w.ref();
  const structRoot = w.add({ body: `<< /Type /StructTreeRoot /K ${structElem} 0 R >>` });
  w.set(structElem, { body: `<< /Type /StructElem /S /P /P ${structRoot} 0 R /Alt ${lit(`Namn ${NAME}`)} /ActualText ${lit(PNR)} /Pg ${page1} 0 R /K 0 >>` });
  const acroForm = `/AcroForm << /Fields [${field} 0 R] /DA (/Helv 10 Tf 0 g) /DR << /Font << /Helv ${helv} 0 R >> >> >>`;
  w.set(catalog, {
    body: `<< /Type /Catalog /Pages ${pagesObj} 0 R /Metadata ${xmp} 0 R /Outlines ${outlines} 0 R
  /Names << /EmbeddedFiles << /Names [(bilaga.txt) ${filespec} 0 R] >> /JavaScript << /Names [(hej) ${js} 0 R] >> >>
  /OpenAction ${js} 0 R /StructTreeRoot ${structRoot} 0 R /MarkInfo << /Marked true >> ${acroForm}
  /OCProperties << /OCGs [${ocg} 0 R] /D << /OFF [${ocg} 0 R] /Order [${ocg} 0 R] >> >> >>`,
  });
  const info = w.add({ body: `<< /Title ${lit(`Ärende ${PNR}`)} /Author ${lit(NAME)} /Subject ${lit(PNR_2)} /Keywords ${lit('Storgatan 12 B')} >>` });

  // The earlier revision of page 1 is what was written first; an incremental update replaces its contents.
  const oldContent = line('F1', 11, 72, 750, `Gammal version: ${NAME} ${PNR} Storgatan 12 B`);
  const update = new Map<number, Obj>([[content1, { body: '<< >>', stream: c }]]);
  // The first revision holds the old text in content1; the update holds the current text.
  w.set(content1, { body: '<< >>', stream: oldContent });
  const bytes = w.write(catalog, info, update);
  return {
    bytes,
    secrets: [NAME, 'Tolvansson', PNR, PNR_2, '070-123 45 67', 'Storgatan 12 B'],
    neighbours: ['Sökande', 'ärende 2026/0042', 'FV-2231', '4 812 kWh', 'Handläggare Eva Exempel', 'Kundnr 88231', 'faktura 7731', 'Kontrollnummer', 'avser mätare 3', 'Mätarställning'],
  };
}

/** A long generated PDF for bench:pdf: `pages` pages of letter text, each with `perPage` personnummer and names. */
export function longPdf(pages: number, perPage: number): Uint8Array {
  const w = new PdfWriter();
  const catalog = w.ref();
  const pagesObj = w.ref();
  const helv = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' });
  const kids: number[] = [];
  for (let p = 0; p < pages; p++) {
    let c = '';
    for (let i = 0; i < 40; i++) {
      const y = 800 - i * 18;
      const s =
        i % Math.max(1, Math.floor(40 / perPage)) === 0
          ? `Rad ${i + 1}: ${NAME} med personnummer ${PNR} betalade faktura ${10000 + p * 40 + i}.`
          : `Rad ${i + 1}: mätaren FV-${2000 + i} visade ${(p * 7 + i) % 9000} kWh under perioden, inget att anmärka.`;
      c += line('F1', 10, 50, y, s);
    }
    const content = w.add({ body: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.from(c, 'latin1')) });
    kids.push(w.add({ body: `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /Font << /F1 ${helv} 0 R >> >> >>` }));
  }
  w.set(pagesObj, { body: `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>` });
  w.set(catalog, { body: `<< /Type /Catalog /Pages ${pagesObj} 0 R >>` });
  return w.write(catalog, null);
}

/**
 * One page with a signature line: the name stands alone at (300, 700) in PDF space, i.e. at about
 * y 132–144 from the top, x 300–385: the box in SIGNATURE_BOX covers it and nothing else.
 */
export function signaturePdf(): Uint8Array {
  const w = new PdfWriter();
  const catalog = w.ref();
  const pagesObj = w.ref();
  const helv = w.add({ body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' });
  const c = line('F1', 10, 50, 800, 'Beslut om bygglov for garage.') + line('F1', 10, 50, 760, 'Ansokan beviljas i sin helhet.') + line('F1', 10, 300, 700, NAME);
  const content = w.add({ body: '<< /Filter /FlateDecode >>', stream: deflateSync(Buffer.from(c, 'latin1')) });
  const page = w.add({ body: `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /Font << /F1 ${helv} 0 R >> >> >>` });
  w.set(pagesObj, { body: `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>` });
  w.set(catalog, { body: `<< /Type /Catalog /Pages ${pagesObj} 0 R >>` });
  return w.write(catalog, null);
}

/** The box over the name of signaturePdf, as the area form takes it (points from the top-left corner). */
export const SIGNATURE_BOX = { page: '1', x0: '290', y0: '125', x1: '420', y1: '150' };
