// Entry of the reading thread: worker threads do not inherit the TypeScript loader, so it is registered
// here (as bin/carsi.mjs does for the main thread) before the worker's TypeScript is loaded.
import { register } from 'tsx/esm/api';

register({ tsconfig: new URL('../../../../tsconfig.json', import.meta.url).pathname });
await import('./prepare-worker.ts');
