// Password hashing with argon2id (OWASP's minimum parameters) and the password rules.
import { hash, verify } from '@node-rs/argon2';

// 19 MiB, 2 iterations, 1 lane: OWASP Password Storage Cheat Sheet's argon2id baseline.
// The library's default algorithm is Argon2id (asserted in test/domain/auth.test.ts).
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Lösenordet måste ha minst ${PASSWORD_MIN_LENGTH} tecken.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Lösenordet får ha högst ${PASSWORD_MAX_LENGTH} tecken.`;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash to verify against when the account does not exist, so that the time taken
// does not reveal whether it does.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('insyn-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
