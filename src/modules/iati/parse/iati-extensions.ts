import { escapeAttribute, escapeText } from '../export/xml-writer';
import type { PublishedExtensions } from '@/shared/published-extensions';
import type { XmlElement } from './xml-element';

/**
 * What an IATI element published in other namespaces (the US `usg:` elements, `cerf:`, `iati-extra:` …),
 * kept as published so the export can write it back: the namespaces of the prefixes used, the foreign
 * attributes, and each foreign child element as XML.
 */
export type IatiExtensions = PublishedExtensions;

/** The prefix of a qualified name when it names another namespace (not `xml:`, not a declaration). */
function foreignPrefix(name: string): string | undefined {
  const colon = name.indexOf(':');
  if (colon <= 0) {
    return undefined;
  }
  const prefix = name.slice(0, colon);
  return prefix === 'xml' || prefix === 'xmlns' ? undefined : prefix;
}

/** The namespaces in scope inside `element`: those around it and those it declares itself. */
export function namespacesInside(
  element: XmlElement,
  around: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  let inside: Record<string, string> | undefined;
  for (const name in element.attributes) {
    if (name.startsWith('xmlns:')) {
      (inside ??= { ...around })[name.slice(6)] = element.attributes[name] ?? '';
    }
  }
  return inside ?? around;
}

/**
 * An element as XML: its name, attributes in the order written, its own text (trimmed, before its
 * children: the reader does not keep where text sat between children) and its children.
 */
export function xmlOf(element: XmlElement): string {
  let xml = `<${element.name}`;
  for (const [name, value] of Object.entries(element.attributes)) {
    xml += ` ${name}="${escapeAttribute(value)}"`;
  }
  const text = element.text.trim();
  if (text === '' && element.children.length === 0) {
    return `${xml}/>`;
  }
  xml += `>${escapeText(text)}`;
  for (const child of element.children) {
    xml += xmlOf(child);
  }
  return `${xml}</${element.name}>`;
}

function prefixesUsed(element: XmlElement, into: Set<string>): void {
  for (const name of [element.name, ...Object.keys(element.attributes)]) {
    const prefix = foreignPrefix(name);
    if (prefix !== undefined) {
      into.add(prefix);
    }
  }
  for (const child of element.children) {
    prefixesUsed(child, into);
  }
}

/**
 * The element's foreign attributes and foreign child elements; undefined when it has none (the common
 * case). `namespaces` are the declarations in scope inside the element (namespacesInside).
 */
export function extensionsOf(
  element: XmlElement,
  namespaces: Readonly<Record<string, string>>,
): IatiExtensions | undefined {
  let attributes: Record<string, string> | undefined;
  for (const name in element.attributes) {
    if (foreignPrefix(name) !== undefined) {
      (attributes ??= {})[name] = element.attributes[name] ?? '';
    }
  }
  const children = element.children.filter((child) => foreignPrefix(child.name) !== undefined);
  if (attributes === undefined && children.length === 0) {
    return undefined;
  }
  const used = new Set<string>();
  for (const name of Object.keys(attributes ?? {})) {
    used.add(foreignPrefix(name) ?? '');
  }
  for (const child of children) {
    prefixesUsed(child, used);
  }
  const declared: Record<string, string> = {};
  for (const prefix of [...used].sort()) {
    const uri = namespaces[prefix];
    // A prefix declared inside the extension itself travels with it as an xmlns: attribute.
    if (uri !== undefined) {
      declared[prefix] = uri;
    }
  }
  return { namespaces: declared, attributes: attributes ?? {}, elements: children.map(xmlOf) };
}

/** The child elements of the namespace `uri` named `localName`, whatever prefix the file chose for it. */
export function childrenInNamespace(
  element: XmlElement,
  localName: string,
  prefixes: readonly string[],
): XmlElement[] {
  const names = new Set(prefixes.map((prefix) => `${prefix}:${localName}`));
  return element.children.filter((child) => names.has(child.name));
}
