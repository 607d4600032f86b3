/** How hard a backup password is to guess, for the hint under the field (not a rule: the DPO decides). */
export type PasswordStrength = 'empty' | 'weak' | 'fair' | 'strong';

/** Roughly: length counts most; mixing letters, digits and symbols helps. A passphrase of 4+ words is strong. */
export const passwordStrength = (password: string): PasswordStrength => {
  if (password === '') return 'empty';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  const words = password
    .trim()
    .split(/\s+/)
    .filter((w) => w.length >= 3).length;
  const distinct = new Set(password).size;
  if (distinct <= 3) return 'weak';
  if (password.length >= 16 || words >= 4 || (password.length >= 12 && classes >= 3)) return 'strong';
  if (password.length >= 10 && classes >= 2) return 'fair';
  return 'weak';
};
