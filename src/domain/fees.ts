// Fees for copies of allmänna handlingar: pages released and the fee by the tariff in settings (avgiftsförordningen 16 §).
import type { FormWanted } from './disclosureRequest.ts';

/**
 * A page tariff. State authorities follow avgiftsförordningen (1992:191) 16 §: pages 1-9 free, the
 * 10th page 50 kr, each further page 2 kr. Municipalities and municipal companies need a tariff set
 * by fullmäktige, usually the same, so the three numbers are settings (INSYN_FEE_*).
 */
export interface FeeTariff {
  /** Pages without charge (9 by default). */
  freePages: number;
  /** The fee for the first page charged for, in kronor (50 by default). */
  firstPaidPageFee: number;
  /** The fee for each page after that, in kronor (2 by default). */
  perPageAfter: number;
}

export const defaultFeeTariff: FeeTariff = Object.freeze({ freePages: 9, firstPaidPageFee: 50, perPageAfter: 2 });

export interface Fee {
  pages: number;
  /** Whole kronor. */
  amount: number;
  /** Why, in Swedish, for the staff page and the letter. */
  explanation: string;
}

/**
 * The fee for a release of `pages` pages. Viewing on site is free (TF 2 kap. 15 §), whatever the
 * number of pages. Throws for a page count that is not a whole number >= 0.
 */
export function copyFee(pages: number, tariff: FeeTariff = defaultFeeTariff, form: FormWanted = 'paper_copy'): Fee {
  if (!Number.isInteger(pages) || pages < 0) throw new RangeError(`Antalet sidor måste vara ett heltal >= 0: ${pages}`);
  if (form === 'on_site') {
    return { pages, amount: 0, explanation: 'Att ta del av handlingar på plats är avgiftsfritt (TF 2 kap. 15 §).' };
  }
  if (pages <= tariff.freePages) {
    return { pages, amount: 0, explanation: tariff.freePages === 1 ? 'Den första sidan är avgiftsfri.' : `Upp till ${tariff.freePages} sidor är avgiftsfria.` };
  }
  const further = pages - tariff.freePages - 1;
  const amount = tariff.firstPaidPageFee + further * tariff.perPageAfter;
  return {
    pages,
    amount,
    explanation:
      further === 0
        ? `Sidan ${tariff.freePages + 1} kostar ${tariff.firstPaidPageFee} kr.`
        : `Sidan ${tariff.freePages + 1} kostar ${tariff.firstPaidPageFee} kr och varje sida därefter ${tariff.perPageAfter} kr (${further} ${further === 1 ? 'sida' : 'sidor'}).`,
  };
}

/** "1 030 kr", with the Swedish thousands space. */
export const formatKronor = (amount: number): string => `${amount.toLocaleString('sv-SE')} kr`;
