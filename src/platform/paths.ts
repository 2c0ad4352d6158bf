import { fileURLToPath } from 'node:url';

/** The package root: where `reference/` and the built web app (`dist/web`) live. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const REFERENCE_DIR = fileURLToPath(new URL('../../reference/', import.meta.url));

export const WEB_DIST_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));
