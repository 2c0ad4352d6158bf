import { describe, expect, it } from 'vitest';
import { redactQuery, redactUrl, redactUrlsIn, withoutCredentials } from './source-urls';

describe('addresses as stored and shown', () => {
  it('stores a URL without its user and password', () => {
    expect(withoutCredentials('https://reader:s3cret@data.example/f.xml?k=1')).toBe(
      'https://data.example/f.xml?k=1',
    );
    expect(withoutCredentials('https://data.example/f.xml')).toBe('https://data.example/f.xml');
    expect(withoutCredentials('usaid')).toBe('usaid');
  });

  it('shows readers who may not change sources no credentials and no query values', () => {
    expect(redactUrl('https://reader:s3cret@data.example/f.xml?token=abc&rows=10#top')).toBe(
      'https://data.example/f.xml?token=…&rows=…',
    );
    expect(redactUrl('https://data.example/f.xml')).toBe('https://data.example/f.xml');
    expect(redactQuery('q=reporting_org_ref:US-GOV-1&subscription-key=abc')).toBe('q=…&subscription-key=…');
    expect(
      redactUrlsIn(
        'The server answered HTTP 500 for https://data.example/f.xml?token=abc; the data imported before is kept.',
      ),
    ).toBe(
      'The server answered HTTP 500 for https://data.example/f.xml?token=…; the data imported before is kept.',
    );
    expect(redactUrlsIn('"https://u:p@h.example/x" (ECONNREFUSED)')).toBe(
      '"https://h.example/x" (ECONNREFUSED)',
    );
  });
});
