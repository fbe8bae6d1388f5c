#!/usr/bin/env node
/**
 * @module
 * The `dateline` command line: `node apps/api/src/cli.ts <command>`. See `dateline --help`.
 */
import { runCli } from './cli/main.ts';
import { processIo } from './cli/io.ts';

process.exitCode = await runCli(process.argv.slice(2), processIo());
