import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

describe('createLogger', () => {
  it('never writes authorization headers, cookies or passwords', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger({ logLevel: 'info' }, sink);
    logger.info({ req: { headers: { authorization: 'Bearer s3cret-token', cookie: 'sid=abc' } } }, 'request');
    logger.info({ user: { password: 'hunter2', email: 'a@b.org' } }, 'signup');
    const output = lines.join('');
    expect(output).not.toMatch(/s3cret-token|sid=abc|hunter2/);
    expect(output).toContain('a@b.org');
    expect(output).toContain('[redacted]');
  });
});
