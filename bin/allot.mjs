#!/usr/bin/env node
// The `allot` command: runs the TypeScript sources through tsx (a runtime dependency).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/main/cli.ts');
