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

const SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/; // two white spaces, or one that is not a plain space

/** The element's trimmed text with runs of white space collapsed; '' when none. */
export function textOf(element: XmlElement | undefined): string {
  const text = (element?.text ?? '').trim();
  // Most texts have nothing to collapse: the test is cheaper than the replacement.
  return SPACE_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function canonical(element: XmlElement): string {
  // Separated by control characters XML cannot contain, so no two different elements read the same.
  // (String concatenation: V8 joins the pieces once, when the hash reads the result.)
  let text = `\u0001${element.name}`;
  const names = Object.keys(element.attributes);
  for (const name of names.length > 1 ? names.sort() : names) {
    text += `\u0002${name}\u0003${element.attributes[name] ?? ''}`;
  }
  text += `\u0004${element.text.trim()}`;
  for (const child of element.children) {
    text += canonical(child);
  }
  return `${text}\u0005`;
}

/**
 * SHA-256 of what an element publishes — names, attributes (in name order), trimmed texts, children in
 * order — whatever its place in the file or its indentation: equal fingerprints mean
 * nothing published changed.
 */
export function fingerprintOf(element: XmlElement): string {
  return createHash('sha256').update(canonical(element)).digest('hex');
}
