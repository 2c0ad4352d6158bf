import { describe, expect, it } from 'vitest';
import { hasPublishedValues, publishedXmlLines } from './published-xml';

const TREASURY =
  '<usg:treasury-account code="11x1022">International Narcotics Control and Law Enforcement\n' +
  '        <usg:fiscal-funding-year begin="" end=""/>\n      </usg:treasury-account>';

describe('published XML', () => {
  it('lists the namespaces, then the attributes, then each element exactly as published', () => {
    const lines = publishedXmlLines({
      namespaces: { usg: 'https://foreignassistance.gov', abc: 'urn:x' },
      attributes: { 'usg:note': 'a "quoted" & raw value' },
      elements: [TREASURY],
    });
    expect(lines).toEqual([
      'xmlns:abc="urn:x"',
      'xmlns:usg="https://foreignassistance.gov"',
      'usg:note="a &quot;quoted&quot; &amp; raw value"',
      TREASURY,
    ]);
  });

  it('keeps markup as text (the page escapes it), so a script in a published value stays a string', () => {
    const element = '<usg:x><script>alert(1)</script></usg:x>';
    expect(publishedXmlLines({ namespaces: {}, attributes: {}, elements: [element] })).toEqual([element]);
  });

  it('has nothing to show without elements or attributes', () => {
    expect(hasPublishedValues(null)).toBe(false);
    expect(hasPublishedValues({ namespaces: { usg: 'u' }, attributes: {}, elements: [] })).toBe(false);
    expect(hasPublishedValues({ namespaces: {}, attributes: { 'usg:a': '1' }, elements: [] })).toBe(true);
  });
});
