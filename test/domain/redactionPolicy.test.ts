// Who may propose, change, reject, approve, assess, exempt and see the diff: role × state → allowed (STYLE.md 6).
import { describe, expect, it } from 'vitest';
import {
  canApproveRedaction,
  canApproveRedactions,
  canAssessSecrecy,
  canChangeRedaction,
  canExemptLeak,
  canProposeRedaction,
  canRejectRedaction,
  canViewDiff,
} from '../../src/domain/redactionPolicy.ts';
import type { Role } from '../../src/domain/roles.ts';

const ME = 7;
const OTHER = 8;
const as = (role: Role) => ({ id: ME, role });

describe('redaction policy', () => {
  it.each([
    ['registrar', true, false, false, false],
    ['reviewer', true, true, true, true],
    ['admin', false, false, false, false],
  ] as const)('%s: propose %s, assess %s, exempt %s, diff %s', (role, propose, assess, exempt, diff) => {
    expect(canProposeRedaction(as(role))).toBe(propose);
    expect(canAssessSecrecy(as(role))).toBe(assess);
    expect(canExemptLeak(as(role))).toBe(exempt);
    expect(canViewDiff(as(role))).toBe(diff);
  });

  it.each([
    ['registrar', 'proposed', ME, true],
    ['registrar', 'proposed', OTHER, false],
    ['reviewer', 'proposed', ME, true],
    ['reviewer', 'approved', ME, false],
    ['reviewer', 'rejected', ME, false],
    ['reviewer', 'withdrawn', ME, false],
    ['admin', 'proposed', ME, false],
  ] as const)('change or withdraw: %s, %s, proposed by %s → %s', (role, status, by, allowed) => {
    expect(canChangeRedaction(as(role), { status, proposed_by: by })).toBe(allowed);
  });

  it.each([
    // role, proposers, allowSelfApproval, allowed
    ['reviewer', [OTHER], false, true],
    ['reviewer', [], false, true],
    ['reviewer', [ME], false, false],
    // Four eyes per maskering (issue 10, hole 8): she approves the other's, hers wait for another jurist.
    ['reviewer', [OTHER, ME], false, true],
    ['reviewer', [ME], true, true],
    ['registrar', [OTHER], false, false],
    ['registrar', [OTHER], true, false],
    ['admin', [OTHER], true, false],
  ] as const)('approve: %s, proposers %j, self-approval %s → %s', (role, proposers, self, allowed) => {
    expect(canApproveRedactions(as(role), proposers, self)).toBe(allowed);
  });

  it.each([
    // role, status, proposed by, allowSelfApproval, allowed: one maskering, anyone but its proposer
    ['reviewer', 'proposed', OTHER, false, true],
    ['reviewer', 'proposed', ME, false, false],
    ['reviewer', 'proposed', ME, true, true],
    ['reviewer', 'approved', OTHER, false, false],
    ['registrar', 'proposed', OTHER, false, false],
    ['admin', 'proposed', OTHER, true, false],
  ] as const)('approve one maskering: %s, %s, proposed by %s, self-approval %s → %s', (role, status, by, self, allowed) => {
    expect(canApproveRedaction(as(role), { status, proposed_by: by }, self)).toBe(allowed);
  });

  it.each([
    ['reviewer', 'proposed', OTHER, false, true],
    ['reviewer', 'proposed', ME, false, false],
    ['reviewer', 'proposed', ME, true, true],
    ['reviewer', 'approved', OTHER, false, false],
    ['registrar', 'proposed', OTHER, false, false],
  ] as const)('reject: %s, %s, proposed by %s, self-approval %s → %s', (role, status, by, self, allowed) => {
    expect(canRejectRedaction(as(role), { status, proposed_by: by }, self)).toBe(allowed);
  });
});
