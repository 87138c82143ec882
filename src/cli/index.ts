#!/usr/bin/env node
/**
 * The `police-pii` command.
 *
 * @module
 */
import { main } from './main.js';

void main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
