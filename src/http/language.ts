import type { FastifyRequest } from 'fastify';
import type { Language } from '@/shared/error-codes';

/**
 * The caller's language: the first of `es`/`en` in Accept-Language (the web app sends the language the
 * user chose); Spanish when none is given, as most users read Spanish first.
 */
export function requestLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string' || header === '') {
    return 'es';
  }
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const quality = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      return { tag, quality: quality === undefined ? 1 : Number(quality.slice(2)) || 0, index };
    })
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith('es')) {
      return 'es';
    }
    if (tag.startsWith('en')) {
      return 'en';
    }
  }
  return 'es';
}
