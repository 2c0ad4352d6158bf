#!/usr/bin/env node
// The `carsi` command. The code runs from TypeScript sources through tsx (see docs/adr/0001).
import { register } from 'tsx/esm/api';

register({ tsconfig: new URL('../tsconfig.json', import.meta.url).pathname });
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
