import { describe, expect, it } from 'vitest';
import { formatBytes, readPercent } from './byte-size';

describe('formatBytes', () => {
  it('writes bytes, kilobytes and megabytes in the UI language', () => {
    expect(formatBytes(44, 'en')).toBe('44 bytes');
    expect(formatBytes(44, 'es')).toBe('44 bytes');
    expect(formatBytes(180_436, 'en')).toBe('180.4 kB');
    expect(formatBytes(180_436, 'es')).toBe('180,4 kB');
    expect(formatBytes(1_870_300, 'es')).toBe('1,9 MB');
  });
});

describe('readPercent', () => {
  it('rounds down, so 100 % means the whole file was read', () => {
    expect(readPercent(999, 1000)).toBe(99);
    expect(readPercent(1000, 1000)).toBe(100);
    expect(readPercent(0, 0)).toBe(100);
  });
});
