import fs from 'node:fs/promises';
import path from 'node:path';
import { memoryPages, validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { REFERENCE_DIR } from '@/platform/paths';

/** How many problems are listed per file; a last entry says how many more there were. */
export const MAX_SCHEMA_ERRORS = 200;

export interface IatiSchemaError {
  readonly line: number | null;
  /** Always null today: xmllint reports lines, not columns. */
  readonly column: number | null;
  readonly message: string;
}

export interface IatiSchemaResult {
  readonly valid: boolean;
  readonly errors: readonly IatiSchemaError[];
}

export interface IatiFile {
  /** The name to mention in messages (e.g. the uploaded file's name). */
  readonly fileName: string;
  readonly path: string;
}

const SCHEMA_DIR = path.join(REFERENCE_DIR, 'iati', 'schemas');
// libxml2 grows its memory as needed up to this; a document tree takes about 4× the file (measured: a
// 49 MB file needed between 128 and 256 MiB), so files up to some 400 MB can be checked.
const MAX_MEMORY_PAGES = 2 * memoryPages.GiB;

let schemaFiles: Promise<{ schema: XMLFileInfo; preload: XMLFileInfo[] }> | undefined;

/** The shipped 2.03 schema files (the main schema first), read once per process. */
function loadSchemaFiles() {
  schemaFiles ??= Promise.all(
    ['iati-activities-schema.xsd', 'iati-common.xsd', 'xml.xsd'].map(async (fileName) => ({
      fileName,
      contents: await fs.readFile(path.join(SCHEMA_DIR, fileName)),
    })),
  ).then(([schema, ...preload]) => ({ schema: schema as XMLFileInfo, preload }));
  return schemaFiles;
}

/**
 * Checks an IATI activity file against the official IATI 2.03 XML schema (libxml2 compiled to WebAssembly,
 * run in a worker thread). This is the optional `--validate` step, not the streaming import: the whole file
 * and libxml2's document tree of it are held in memory. A file that is not well-formed XML is invalid, with
 * the parser's message. At most MAX_SCHEMA_ERRORS problems are listed; when there were more, a last entry
 * without a line says how many were left out.
 * @throws Error when the check cannot run at all (e.g. the file needs more than the validator's 2 GiB)
 */
export async function validateIatiSchema(xml: IatiFile): Promise<IatiSchemaResult> {
  return resultOf(await runXmllint([xml]), inputName(0));
}

/**
 * Checks several files in one run, so the schema is compiled once (a run costs about 0.25 s before the
 * first file, and each further small file about 1 ms). All the files are held in memory together.
 * @throws Error when the check cannot run at all
 */
export async function validateIatiSchemaFiles(files: readonly IatiFile[]): Promise<IatiSchemaResult[]> {
  if (files.length === 0) {
    return [];
  }
  const report = await runXmllint(files);
  return files.map((_, index) => resultOf(report, inputName(index)));
}

/** xmllint's report on the files, line by line; the files are named `input-<index>.xml` in it. */
async function runXmllint(files: readonly IatiFile[]): Promise<string[]> {
  const { schema, preload } = await loadSchemaFiles();
  // The names xmllint sees are ours, so a user's file name is never read as a command-line option or a path.
  const xml = await Promise.all(
    files.map(async (file, index) => ({
      fileName: inputName(index),
      contents: await fs.readFile(file.path),
    })),
  );
  try {
    const result = await validateXML({ xml, schema, preload, maxMemoryPages: MAX_MEMORY_PAGES });
    return result.rawOutput.split('\n');
  } catch (error) {
    const names = files.map((file) => file.fileName).join(', ');
    throw new Error(`the IATI schema check of ${names} could not run: ${String(error)}`, { cause: error });
  }
}

const inputName = (index: number): string => `input-${index}.xml`;

/**
 * One file's part of xmllint's report: `<name> validates` when it is valid; otherwise one
 * `<name>:<line>: <message>` line per problem (a parser error adds an excerpt of the source and a caret
 * line, which are not messages) and, after schema errors, `<name> fails to validate`.
 */
function resultOf(lines: readonly string[], name: string): IatiSchemaResult {
  if (lines.includes(`${name} validates`)) {
    return { valid: true, errors: [] };
  }
  const prefix = `${name}:`;
  const errors: IatiSchemaError[] = [];
  let total = 0;
  for (const line of lines) {
    const match = line.startsWith(prefix) ? /^(\d+): (.*)$/.exec(line.slice(prefix.length)) : null;
    if (match === null) {
      continue;
    }
    total += 1;
    if (errors.length < MAX_SCHEMA_ERRORS) {
      errors.push({ line: Number(match[1]), column: null, message: (match[2] ?? '').trim() });
    }
  }
  if (total > errors.length) {
    errors.push({
      line: null,
      column: null,
      message: `${total - errors.length} more errors not listed (the first ${MAX_SCHEMA_ERRORS} are)`,
    });
  }
  if (errors.length === 0) {
    errors.push({
      line: null,
      column: null,
      message: 'the file does not validate against the IATI 2.03 schema',
    });
  }
  return { valid: false, errors };
}
