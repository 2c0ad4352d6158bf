import { dictionary } from '@zxcvbn-ts/language-common';
import { ValidationError } from '@/platform/errors';

/** SECURITY.md A1: at least 15 characters, long passphrases welcome, no composition rules, no truncation. */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;

/** Passwords seen in breaches (zxcvbn-ts common list, ~49,000, MIT), compared case-insensitively. */
const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));

/** Words an attacker guesses first for this platform (SECURITY.md A2). */
const CONTEXT_WORDS = [
  'carsi',
  'sica',
  'esca',
  'inl',
  'usaid',
  'leahy',
  'seguridad',
  'security',
  'centroamerica',
  'centralamerica',
  'america',
  'belize',
  'belice',
  'costarica',
  'elsalvador',
  'salvador',
  'guatemala',
  'honduras',
  'nicaragua',
  'panama',
  'password',
  'contrasena',
  'clave',
  'admin',
  'administrador',
  'plataforma',
  'platform',
];

/** Folds case and accents, keeping letters only, to compare with context words. */
function letters(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Why a password is refused, or null when it is acceptable. Counts Unicode code points, not bytes. */
export function passwordProblem(password: string): 'too_short' | 'too_long' | 'too_common' | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return 'too_short';
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return 'too_long';
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    return 'too_common';
  }
  let rest = letters(password);
  for (const word of CONTEXT_WORDS) {
    rest = rest.replaceAll(word, '');
  }
  // Made only of context words, digits and symbols (e.g. "Honduras-CARSI-2024!"): guessable.
  return rest.length < 4 ? 'too_common' : null;
}

const MESSAGES = {
  too_short: {
    es: `La contraseña debe tener al menos ${PASSWORD_MIN_LENGTH} caracteres; una frase larga es ideal.`,
    en: `The password must have at least ${PASSWORD_MIN_LENGTH} characters; a long phrase is ideal.`,
  },
  too_long: {
    es: `La contraseña puede tener como máximo ${PASSWORD_MAX_LENGTH} caracteres.`,
    en: `The password can have at most ${PASSWORD_MAX_LENGTH} characters.`,
  },
  too_common: {
    es: 'Esa contraseña es demasiado común o fácil de adivinar; elija otra.',
    en: 'That password is too common or easy to guess; choose another.',
  },
} as const;

/** @throws ValidationError `validation_failed` at `path` when the password is refused */
export function assertAcceptablePassword(password: string, path = 'body.password'): void {
  const problem = passwordProblem(password);
  if (problem !== null) {
    throw new ValidationError([{ path, code: `password_${problem}`, message: MESSAGES[problem] }]);
  }
}
