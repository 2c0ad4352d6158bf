import { describe, expect, it } from 'vitest';
import { cursorFromParams, listQueryFromParams, paramsAtCursor, paramsWith } from './list-query';

describe('activity list address', () => {
  it('reads filters, sorting and the page, ignoring unknown or invalid values', () => {
    const params = new URLSearchParams(
      'q=juvenil&country=HN&level=bogus&workflowState=draft&sort=title&order=desc&cursor=50&x=1',
    );
    expect(listQueryFromParams(params, 'en')).toEqual({
      q: 'juvenil',
      country: 'HN',
      workflowState: 'draft',
      sort: 'title',
      order: 'desc',
      lang: 'en',
      limit: 50,
      cursor: '50',
    });
  });

  it('uses the API defaults without parameters', () => {
    expect(listQueryFromParams(new URLSearchParams(), 'es')).toEqual({
      sort: 'updated',
      lang: 'es',
      limit: 50,
    });
    expect(cursorFromParams(new URLSearchParams('cursor=-3'))).toBe(0);
  });

  it('goes back to the first page when filters change', () => {
    const next = paramsWith(new URLSearchParams('q=a&cursor=100'), { q: ' b ', country: '' });
    expect(next.toString()).toBe('q=b');
    expect(paramsAtCursor(next, 50).toString()).toBe('q=b&cursor=50');
    expect(paramsAtCursor(new URLSearchParams('cursor=50'), 0).toString()).toBe('');
  });
});
