#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../lib/cli/main.ts');
const code = await main(process.argv);
if (code !== undefined) process.exitCode = code;
