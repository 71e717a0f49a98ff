// Fees for copies of allmänna handlingar: the fee basis the kind of organisation has, and the fee for the pages released (avgiftsförordningen 16 §).
import type { FormWanted } from './disclosureRequest.ts';
import type { OrganisationProfile } from './organisation.ts';

/**
 * A page tariff. State authorities follow avgiftsförordningen (1992:191) 16 §: pages 1-9 free, the
 * 10th page 50 kr, each further page 2 kr. A kommun charges only under a taxa decided by
 * fullmäktige, a municipal company only under its owner's decision (often the same numbers), so the
 * three numbers are settings (INSYN_FEE_*) used with that decision.
 */
export interface FeeTariff {
  /** Pages without charge (9 by default). */
  freePages: number;
  /** The fee for the first page charged for, in kronor (50 by default). */
  firstPaidPageFee: number;
  /** The fee for each page after that, in kronor (2 by default). */
  perPageAfter: number;
}

/** Avgiftsförordningen (1992:191) 16 §, fixed by the ordinance. */
export const defaultFeeTariff: FeeTariff = Object.freeze({ freePages: 9, firstPaidPageFee: 50, perPageAfter: 2 });

/**
 * What a fee rests on. Avgiftsförordningen binds state authorities only; a kommun needs a taxa
 * decided by fullmäktige and a company its owner's decision, and without one no fee may be charged
 * (../shared/LEGAL.md "Fees"). `none` is therefore the default outside the state.
 */
export type FeeBasis =
  | { kind: 'ordinance' }
  | { kind: 'decision'; reference: string; tariff: FeeTariff }
  | { kind: 'none' };

/** The fee basis for the organisation in the settings. */
export function feeBasisFor(profile: Pick<OrganisationProfile, 'kind' | 'feeDecision'>, tariff: FeeTariff): FeeBasis {
  if (profile.kind === 'state_authority') return { kind: 'ordinance' };
  if (profile.feeDecision && profile.feeDecision.trim() !== '') return { kind: 'decision', reference: profile.feeDecision.trim(), tariff };
  return { kind: 'none' };
}

/** The basis as one line for the staff page and the README: what the fee rests on. */
export function feeBasisText(basis: FeeBasis): string {
  if (basis.kind === 'ordinance') return 'Avgift enligt 16 § avgiftsförordningen (1992:191).';
  if (basis.kind === 'decision') return `Avgift enligt beslut ${basis.reference}.`;
  return 'Ingen avgift: det finns inget beslut om avgifter (taxa eller ägarbeslut) i inställningarna.';
}

export interface Fee {
  pages: number;
  /** Whole kronor. */
  amount: number;
  /** Why, in Swedish, for the staff page and the letter. */
  explanation: string;
}

/**
 * The fee for a release of `pages` pages on the given basis. Viewing on site is free (TF 2 kap.
 * 15 §), whatever the number of pages. Throws for a page count that is not a whole number >= 0.
 */
export function copyFee(pages: number, basis: FeeBasis = { kind: 'ordinance' }, form: FormWanted = 'paper_copy'): Fee {
  if (!Number.isInteger(pages) || pages < 0) throw new RangeError(`Antalet sidor måste vara ett heltal >= 0: ${pages}`);
  if (form === 'on_site') {
    return { pages, amount: 0, explanation: 'Att ta del av handlingar på plats är avgiftsfritt (TF 2 kap. 15 §).' };
  }
  if (basis.kind === 'none') {
    return { pages, amount: 0, explanation: 'Ingen avgift tas ut: det finns inget beslut om avgift för kopior.' };
  }
  const tariff = basis.kind === 'ordinance' ? defaultFeeTariff : basis.tariff;
  const source = basis.kind === 'ordinance' ? '16 § avgiftsförordningen (1992:191)' : `beslut ${basis.reference}`;
  if (pages <= tariff.freePages) {
    return { pages, amount: 0, explanation: tariff.freePages === 1 ? `Den första sidan är avgiftsfri (${source}).` : `Upp till ${tariff.freePages} sidor är avgiftsfria (${source}).` };
  }
  const further = pages - tariff.freePages - 1;
  const amount = tariff.firstPaidPageFee + further * tariff.perPageAfter;
  return {
    pages,
    amount,
    explanation:
      further === 0
        ? `Sidan ${tariff.freePages + 1} kostar ${tariff.firstPaidPageFee} kr (${source}).`
        : `Sidan ${tariff.freePages + 1} kostar ${tariff.firstPaidPageFee} kr och varje sida därefter ${tariff.perPageAfter} kr (${further} ${further === 1 ? 'sida' : 'sidor'}; ${source}).`,
  };
}

/** "1 030 kr", with the Swedish thousands space. */
export const formatKronor = (amount: number): string => `${amount.toLocaleString('sv-SE')} kr`;
