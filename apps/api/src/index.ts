/**
 * @module
 * Starts the API server as configured by the environment (the same as `dateline serve`).
 */
import { processIo } from './cli/io.ts';
import { runServe } from './cli/serve.ts';

process.exitCode = await runServe(process.argv.slice(2), processIo());
