import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { IatiFileRefused } from './iati-file-refused';
import { PrefixScopes } from './prefix-scopes';
import type { XmlElement } from './xml-element';

/** An `<iati-activity>` found in the file, with what it inherits from the element that holds it. */
export interface FoundActivity {
  readonly element: XmlElement;
  /** `version` of the enclosing `<iati-activities>` (undefined when there is none or it has none). */
  readonly version: string | undefined;
  /** `xml:lang` of the enclosing `<iati-activities>`. */
  readonly lang: string | undefined;
  /** The name of the element holding it when that is not `<iati-activities>` (API wrappers, registry records). */
  readonly wrappedIn: string | undefined;
  /** Namespace prefixes declared on it or around it, with their URIs (for extension elements). */
  readonly namespaces: Readonly<Record<string, string>>;
}

export interface FileHeader {
  root: string | undefined;
  version: string | undefined;
  generatedAt: string | undefined;
}

/**
 * Streams IATI XML: yields the `<iati-activity>` elements found so far after each chunk, whatever element
 * holds them, so memory holds one chunk and the activities of that chunk — never the file. The caller
 * awaits between batches, which pauses reading (back-pressure). DOCTYPE declarations are refused (no
 * entity expansion, no external fetches), and so is anything not well-formed.
 * @throws IatiFileRefused
 */
export async function* readIatiActivities(
  chunks: AsyncIterable<Buffer>,
  header: FileHeader,
  onBytes: (bytes: number) => void = () => undefined,
): AsyncGenerator<FoundActivity[]> {
  const parser = new SaxesParser({ position: true, xmlns: false });
  const found: FoundActivity[] = [];
  const open: string[] = []; // names of the elements open outside activities
  let container: { version?: string; lang?: string } = {};
  let stack: XmlElement[] = []; // the activity being read and its open descendants
  const namespaces = new PrefixScopes();
  let tagLine = 1;
  let tagColumn = 1;

  const refuse = (code: IatiFileRefused['code'], detail: string): never => {
    throw new IatiFileRefused(code, parser.line, parser.column + 1, detail);
  };
  parser.on('error', (error) =>
    refuse('xml_not_well_formed', error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '')),
  );
  parser.on('doctype', () => refuse('xml_doctype_refused', 'DOCTYPE declarations are not accepted'));
  parser.on('opentagstart', (tag) => {
    // The event comes after the character that ends the name: the 0-based column then is the 1-based
    // column of '<' plus the name and that character…
    tagLine = parser.line;
    tagColumn = parser.column - tag.name.length - 1;
    if (tagColumn < 1) {
      // …unless that character was a line break: then find the '<' in the text read.
      const text = previous + current;
      const end = parser.position - previousStart;
      const at = text.lastIndexOf(`<${tag.name}`, end);
      tagLine -= at < 0 ? 1 : (text.slice(at, end).match(/\n/g) ?? []).length;
      tagColumn = at < 0 ? 1 : at - text.lastIndexOf('\n', at - 1);
    }
  });
  parser.on('opentag', (tag) => {
    header.root ??= tag.name;
    namespaces.open(tag.name, tag.attributes, refuse);
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes,
      children: [],
      text: '',
      line: tagLine,
      column: tagColumn,
    };
    const parent = stack.at(-1);
    if (parent !== undefined) {
      parent.children.push(element);
      stack.push(element);
    } else if (tag.name === 'iati-activity') {
      stack = [element];
    } else {
      if (tag.name === 'iati-activities') {
        container = { version: element.attributes.version, lang: element.attributes['xml:lang'] };
        header.version ??= element.attributes.version;
        header.generatedAt ??= element.attributes['generated-datetime'];
      }
      open.push(tag.name);
    }
  });
  parser.on('text', (text) => appendText(stack, text));
  parser.on('cdata', (text) => appendText(stack, text));
  parser.on('closetag', () => {
    const closing = stack.pop();
    if (closing === undefined) {
      open.pop();
    } else if (stack.length === 0) {
      const holder = open.at(-1);
      found.push({
        element: closing,
        version: holder === 'iati-activities' ? container.version : undefined,
        lang: holder === 'iati-activities' ? container.lang : undefined,
        wrappedIn: holder === 'iati-activities' ? undefined : (holder ?? '(document)'),
        namespaces: namespaces.inScope(), // before the activity's own scope closes
      });
    }
    namespaces.close();
  });

  const decoder = new StringDecoder('utf8');
  let first = true;
  // The chunk being parsed and at least the 256 characters before it, with the document position of the
  // first character: enough to place a tag whose name ends a line.
  let previous = '';
  let current = '';
  let previousStart = 0;
  let currentStart = 0;
  const remember = (written: string) => {
    const before = current.length >= 256 ? current : (previous + current).slice(-512);
    previousStart = currentStart + current.length - before.length;
    previous = before;
    currentStart += current.length;
    current = written;
  };
  for await (const chunk of chunks) {
    let written = decoder.write(chunk);
    if (first) {
      written = written.replace(/^\uFEFF/, ''); // a byte-order mark is not content
      first = false;
    }
    remember(written);
    parser.write(written);
    onBytes(chunk.length);
    if (found.length > 0) {
      yield found.splice(0);
    }
  }
  const rest = decoder.end();
  remember(rest);
  parser.write(rest);
  parser.close();
  if (found.length > 0) {
    yield found.splice(0);
  }
}

function appendText(stack: readonly XmlElement[], text: string): void {
  const current = stack.at(-1);
  if (current !== undefined) {
    current.text += text;
  }
}
