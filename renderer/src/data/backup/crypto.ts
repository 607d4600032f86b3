import { LimitExceededError, PBKDF2_LIMITS } from '../limits';
import { fromBase64, toBase64, utf8Encode } from './encoding';

/**
 * OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256. A backup written with fewer iterations is
 * refused on reading, so a forged header cannot weaken the key derivation.
 */
export const MIN_PBKDF2_ITERATIONS = 310_000;
const SALT_BYTES = 16;
/** 96-bit IV: the size AES-GCM is specified for (NIST SP 800-38D). */
const IV_BYTES = 12;

export interface EncryptionParams {
  algorithm: 'AES-GCM';
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  iv: string;
}

const deriveKey = async (password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> => {
  // The schema refuses this first; checked again here so no caller can start an unbounded derivation.
  if (!Number.isSafeInteger(iterations) || iterations > PBKDF2_LIMITS.maxIterations)
    throw new LimitExceededError('kdf-iterations', PBKDF2_LIMITS.maxIterations, 'Too many key-derivation rounds.');
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', utf8Encode(password), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
};

/**
 * Encrypts with AES-256-GCM. `associated` (the canonical header) is authenticated but not
 * encrypted, so editing the header of an encrypted file is detected like editing its content.
 */
export const encrypt = async (
  plaintext: string,
  password: string,
  associated: string,
  iterations = MIN_PBKDF2_ITERATIONS,
): Promise<{ params: EncryptionParams; ciphertext: string }> => {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(password, salt, iterations);
  const sealed = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8Encode(associated) },
    key,
    utf8Encode(plaintext),
  );
  return {
    params: { algorithm: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), iv: toBase64(iv) },
    ciphertext: toBase64(new Uint8Array(sealed)),
  };
};

export type DecryptOutcome =
  { ok: true; plaintext: Uint8Array } | { ok: false; reason: 'bad-encoding' | 'auth-failed' };

/** GCM cannot say whether the key or the data is wrong: both fail the tag check ("auth-failed"). */
export const decrypt = async (
  params: EncryptionParams,
  ciphertext: string,
  password: string,
  associated: string,
): Promise<DecryptOutcome> => {
  const salt = fromBase64(params.salt);
  const iv = fromBase64(params.iv);
  const sealed = fromBase64(ciphertext);
  if (!salt || !iv || !sealed || iv.length !== IV_BYTES) return { ok: false, reason: 'bad-encoding' };
  try {
    const key = await deriveKey(password, salt, params.iterations);
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: utf8Encode(associated) },
      key,
      sealed,
    );
    return { ok: true, plaintext: new Uint8Array(plain) };
  } catch (e) {
    if (e instanceof LimitExceededError) throw e;
    return { ok: false, reason: 'auth-failed' };
  }
};
