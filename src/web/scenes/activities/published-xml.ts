/** Elements and attributes of other namespaces, as the API gives them (`PublishedExtensions`). */
export interface PublishedValues {
  readonly namespaces: Readonly<Record<string, string>>;
  readonly attributes: Readonly<Record<string, string>>;
  readonly elements: readonly string[];
}

/**
 * The raw published values as lines of text to show in monospace: the namespace declarations they use
 * (`xmlns:usg="…"`), the attributes (`usg:code="…"`) and each element exactly as published. The result is
 * text, shown escaped: it is never put into the page as HTML.
 */
export function publishedXmlLines(values: PublishedValues): string[] {
  const quoted = (value: string) => `"${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
  const declarations = Object.entries(values.namespaces)
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(([prefix, uri]) => `xmlns:${prefix}=${quoted(uri)}`);
  const attributes = Object.entries(values.attributes).map(([name, value]) => `${name}=${quoted(value)}`);
  return [...declarations, ...attributes, ...values.elements];
}

/** True when there is something published to show. */
export function hasPublishedValues(values: PublishedValues | null): values is PublishedValues {
  return values !== null && (values.elements.length > 0 || Object.keys(values.attributes).length > 0);
}
