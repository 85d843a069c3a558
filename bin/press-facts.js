#!/usr/bin/env node
import { main } from "../dist/src/cli/main.js";

// `press-facts --help | head`: a reader that closes the pipe early is not an error
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
