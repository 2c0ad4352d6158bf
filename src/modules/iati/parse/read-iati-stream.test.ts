import { describe, expect, it } from 'vitest';
import { IatiFileRefused } from './iati-file-refused';
import { readIatiActivities, type FileHeader } from './read-iati-stream';

/** The line and column of every activity found, reading `xml` in chunks of `size` characters. */
async function positions(xml: string, size = 7) {
  const header: FileHeader = { root: undefined, version: undefined, generatedAt: undefined };
  const chunks = async function* () {
    for (let start = 0; start < xml.length; start += size) {
      yield Buffer.from(xml.slice(start, start + size));
    }
  };
  const found: [number, number, string | undefined][] = [];
  for await (const batch of readIatiActivities(chunks(), header)) {
    found.push(
      ...batch.map((activity): [number, number, string | undefined] => [
        activity.element.line,
        activity.element.column,
        activity.wrappedIn,
      ]),
    );
  }
  return { found, header };
}

describe('reading IATI XML as a stream', () => {
  it('places each activity at the line and column of its "<", also when its attributes start on the next line', async () => {
    const xml =
      '<iati-activities version="2.03">\r\n <!--x-->\r\n <iati-activity\r\n   a="1"><x/></iati-activity>\n  <iati-activity b="2"/></iati-activities>';
    for (const size of [3, 7, 64 * 1024]) {
      expect((await positions(xml, size)).found).toEqual([
        [3, 2, undefined],
        [5, 3, undefined],
      ]);
    }
  });

  it('finds activities inside any wrapper and says which', async () => {
    const { found, header } = await positions('<result><iati-activity/><x><iati-activity/></x></result>');
    expect(found.map(([, , wrappedIn]) => wrappedIn)).toEqual(['result', 'x']);
    expect(header.root).toBe('result');
  });

  it('refuses an undeclared namespace prefix, as a namespace-aware XML reader does', async () => {
    await expect(positions('<iati-activities>\n<usg:treasury-account/></iati-activities>')).rejects.toThrow(
      IatiFileRefused,
    );
    await expect(
      positions('<iati-activities xmlns:usg="https://foreignassistance.gov"><usg:x/></iati-activities>'),
    ).resolves.toBeDefined();
  });
});
