/**
 * Checks that every namespace prefix used (`usg:treasury-account`, `xsi:type`) was declared by the element
 * or an ancestor — a file that breaks this is not namespace-well-formed XML — and knows the namespace each
 * prefix stands for. Tracking prefixes ourselves keeps the XML reader in its fast non-namespace mode.
 */
export class PrefixScopes {
  /** Prefix → namespace declared per open element; null where an element declares none (the common case). */
  private readonly scopes: (Map<string, string> | null)[] = [];

  open(
    name: string,
    attributes: Readonly<Record<string, string>>,
    refuse: (code: 'xml_not_well_formed', detail: string) => never,
  ): void {
    let declared: Map<string, string> | null = null;
    let prefixed = name.includes(':');
    for (const attribute in attributes) {
      // Most elements use no prefix at all: one look at each name, and nothing more for them.
      if (attribute.includes(':')) {
        prefixed = true;
        if (attribute.startsWith('xmlns:')) {
          (declared ??= new Map()).set(attribute.slice(6), attributes[attribute] ?? '');
        }
      }
    }
    this.scopes.push(declared);
    if (prefixed) {
      this.check(name, name, refuse);
      for (const attribute in attributes) {
        this.check(attribute, name, refuse);
      }
    }
  }

  private check(
    qualified: string,
    element: string,
    refuse: (code: 'xml_not_well_formed', detail: string) => never,
  ): void {
    const colon = qualified.indexOf(':');
    if (colon > 0) {
      const prefix = qualified.slice(0, colon);
      if (prefix !== 'xml' && prefix !== 'xmlns' && !this.declares(prefix)) {
        refuse('xml_not_well_formed', `unbound namespace prefix "${prefix}" in <${element}>`);
      }
    }
  }

  close(): void {
    this.scopes.pop();
  }

  /** Every prefix declared by the open elements, with its namespace (the innermost declaration wins). */
  inScope(): Record<string, string> {
    const namespaces: Record<string, string> = {};
    for (const scope of this.scopes) {
      for (const [prefix, uri] of scope ?? []) {
        namespaces[prefix] = uri;
      }
    }
    return namespaces;
  }

  private declares(prefix: string): boolean {
    return this.scopes.some((scope) => scope?.has(prefix) === true);
  }
}
