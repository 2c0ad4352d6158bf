#!/usr/bin/env node
// The `carsi` command: runs the bundle of the TypeScript sources, built first when a source changed
// (docs/adr/0004). `NODE_OPTIONS=--enable-source-maps` makes stack traces point at the sources.
import { pathToFileURL } from 'node:url';
import { serverBundle } from '../scripts/server-bundle.mjs';

const { main } = await import(pathToFileURL(await serverBundle()).href);
await main(process.argv);
