import { createHash } from 'node:crypto';

/** An element of an `<iati-activity>`, as read from the file: name, attributes, text, children, position. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text (CDATA included), children's text excluded. */
  text: string;
  /** 1-based line and column of the element's `<`. */
  readonly line: number;
  readonly column: number;
}

/** The first child named `name`. */
export const childNamed = (element: XmlElement, name: string): XmlElement | undefined =>
  element.children.find((child) => child.name === name);

/** Every child named `name`. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((child) => child.name === name);

/** A trimmed attribute; undefined when absent or blank. */
export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.attributes[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** The element's trimmed text with runs of white space collapsed; '' when none. */
export const textOf = (element: XmlElement | undefined): string =>
  (element?.text ?? '').replace(/\s+/g, ' ').trim();

function appendCanonical(parts: string[], element: XmlElement): void {
  // Separated by control characters XML cannot contain, so no two different elements read the same.
  parts.push('\u0001', element.name);
  const names = Object.keys(element.attributes);
  for (const name of names.length > 1 ? names.sort() : names) {
    parts.push('\u0002', name, '\u0003', element.attributes[name] ?? '');
  }
  parts.push('\u0004', element.text.trim());
  for (const child of element.children) {
    appendCanonical(parts, child);
  }
  parts.push('\u0005');
}

/**
 * SHA-256 of what an element publishes — names, attributes (in name order), trimmed texts, children in
 * order — whatever its place in the file or its indentation: equal fingerprints mean
 * nothing published changed.
 */
export function fingerprintOf(element: XmlElement): string {
  const parts: string[] = [];
  appendCanonical(parts, element);
  return createHash('sha256').update(parts.join('')).digest('hex');
}
