/**
 * Canonical JSON (RFC 8785 style for the values we store): object keys sorted by code unit, no whitespace,
 * `undefined` members dropped. Two equal values always give the same text, so their hashes agree.
 * @throws TypeError for values JSON cannot represent (bigint, functions, non-finite numbers)
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new TypeError(`canonicalJson: ${value} is not representable`);
    }
    return JSON.stringify(value);
  }
  if (value instanceof Date) {
    return JSON.stringify(value.toISOString());
  }
  // Loops and concatenation rather than entries/filter/sort/map: every audit event is hashed through this.
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      // A hole stays empty, as the chains already written have it (`[,1]`); undefined is null.
      const member = !(index in value) ? '' : item === undefined ? 'null' : canonicalJson(item);
      text += `${index === 0 ? '' : ','}${member}`;
    }
    return `${text}]`;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let text = '{';
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member !== undefined) {
        text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
      }
    }
    return `${text}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} is not representable`);
}
