import { describe, expect, it } from 'vitest';
import { linkParts } from './link-parts';

describe('linkParts', () => {
  it('finds the reset link in a message', () => {
    expect(linkParts('Open this link:\n\nhttp://127.0.0.1:8092/reset-password#token=abc_-1\n\nBye.')).toEqual(
      [
        { kind: 'text', text: 'Open this link:\n\n' },
        { kind: 'link', url: 'http://127.0.0.1:8092/reset-password#token=abc_-1' },
        { kind: 'text', text: '\n\nBye.' },
      ],
    );
  });

  it('leaves sentence punctuation out of the address', () => {
    expect(linkParts('See https://example.org/a.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', url: 'https://example.org/a' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('makes links of http(s) addresses only', () => {
    expect(linkParts('javascript:alert(1) and ftp://x')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) and ftp://x' },
    ]);
  });
});
