import type { Writable } from 'node:stream';

/** Attribute values; null and undefined leave the attribute out. */
export type XmlAttributes = Readonly<Record<string, string | number | null | undefined>>;

export interface XmlWriter {
  /** `<?xml version="1.0" encoding="UTF-8"?>`: first, before any element. */
  declaration(): void;
  /** `<name a="…">`, indented; close it with `close()`. */
  open(name: string, attributes?: XmlAttributes): void;
  /** Closes the element opened last. */
  close(): void;
  /** `<name a="…"/>`, or `<name a="…">text</name>` when `text` is given. */
  leaf(name: string, attributes?: XmlAttributes, text?: string): void;
  /** A well-formed XML element as it is (an extension element kept as published), indented. */
  fragment(xml: string): void;
  /** Hands what is buffered to the stream, and waits while the stream asks the writer to (backpressure). */
  flush(): Promise<void>;
}

// XML 1.0 cannot carry these at all, not even as character references: replaced by U+FFFD so a stray
// control character pasted into a text does not make the whole file unreadable. (Lone surrogates become
// U+FFFD in the UTF-8 encoding of the stream.)
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
// In attributes, quotes must go, and tab, newline and carriage return too: a parser would turn them into spaces.
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
};

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>\r]/g, (char) => TEXT_ESCAPES[char] ?? char);
}

export function escapeAttribute(value: string): string {
  return value
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>\r"'\t\n]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}

function startTag(name: string, attributes: XmlAttributes): string {
  let tag = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) {
      tag += ` ${key}="${escapeAttribute(String(value))}"`;
    }
  }
  return tag;
}

/** Waits for 'drain'; fails instead of waiting for ever if the stream errors or closes first. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      if (error === undefined) {
        resolve();
      } else {
        reject(error);
      }
    };
    const onDrain = () => done();
    const onError = (error: Error) => done(error);
    const onClose = () => done(new Error('the output closed before the export was written'));
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}

/**
 * A small streaming XML writer: indented elements, escaped text and attributes, UTF-8. Elements are
 * collected in a buffer (synchronously) and handed to `out` by `flush()`, which the caller awaits between
 * records; the writer never buffers more than one record beyond the stream's own high-water mark.
 */
export function createXmlWriter(out: Writable): XmlWriter {
  const openElements: string[] = [];
  let buffer = '';
  const indent = () => '  '.repeat(openElements.length);
  return {
    declaration() {
      buffer += '<?xml version="1.0" encoding="UTF-8"?>\n';
    },
    open(name, attributes = {}) {
      buffer += `${indent()}${startTag(name, attributes)}>\n`;
      openElements.push(name);
    },
    close() {
      const name = openElements.pop();
      if (name === undefined) {
        throw new Error('no element is open');
      }
      buffer += `${indent()}</${name}>\n`;
    },
    leaf(name, attributes = {}, text) {
      const tag = startTag(name, attributes);
      buffer +=
        text === undefined ? `${indent()}${tag}/>\n` : `${indent()}${tag}>${escapeText(text)}</${name}>\n`;
    },
    fragment(xml) {
      buffer += `${indent()}${xml.replace(NOT_XML, '\uFFFD')}\n`;
    },
    async flush() {
      if (buffer === '') {
        return;
      }
      if (out.destroyed) {
        throw new Error('the output closed before the export was written');
      }
      const chunk = buffer;
      buffer = '';
      if (!out.write(chunk, 'utf8')) {
        await drained(out);
      }
    },
  };
}
