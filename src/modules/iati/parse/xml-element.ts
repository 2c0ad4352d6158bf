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
