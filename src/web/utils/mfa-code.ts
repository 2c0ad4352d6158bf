/** A TOTP code as typed (spaces, dashes) → its digits; null unless it is exactly 6 of them. */
export function normaliseMfaCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}
