// The scan engine: runs every detector over a text and keeps non-overlapping findings, best first.
import type { Detector, Finding } from './types.ts';
import { personnummerDetector } from './personnummer.ts';
import { emailDetector } from './email.ts';
import { phoneDetector } from './phone.ts';
import { addressDetector } from './address.ts';
import { bankAccountDetector } from './bank-account.ts';
import { vehicleDetector } from './vehicle.ts';
import { propertyDetector } from './property.ts';
import { meterIdDetector } from './meter-id.ts';
import { ipAddressDetector } from './ip-address.ts';
import { nameDetector } from './name.ts';
import { sensitiveDetector } from './sensitive.ts';
import { numberView } from './number-view.ts';

export type { Detector, Finding, FindingType } from './types.ts';

export const defaultDetectors: readonly Detector[] = [
  personnummerDetector,
  meterIdDetector,
  emailDetector,
  ipAddressDetector,
  bankAccountDetector,
  phoneDetector,
  addressDetector,
  propertyDetector,
  vehicleDetector,
  nameDetector,
];

/**
 * What the app runs on imported handlingar: the personal-data detectors plus the words that signal
 * sensitive circumstances, which only matter beside the text a reviewer reads (the CLI and its
 * benchmark scan for personal data alone).
 */
export const reviewerDetectors: readonly Detector[] = [...defaultDetectors, sensitiveDetector];

/**
 * Runs the detectors and resolves overlaps: the higher score wins, then the longer span.
 * Findings are returned in text order. Overlap is checked with a per-character mask: linear in the text.
 */
export function scan(text: string, detectors: readonly Detector[] = defaultDetectors): Finding[] {
  const all: Finding[] = [];
  let view: string | undefined;
  for (const d of detectors) {
    const input = d.readsNumbers ? (view ??= numberView(text)) : text;
    for (const f of d.detect(input)) if (f.end > f.start) all.push(f);
  }
  if (all.length <= 1) return all;
  all.sort((a, b) => b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Finding[] = [];
  for (const f of all) {
    let free = true;
    for (let i = f.start; i < f.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
