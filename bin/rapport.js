#!/usr/bin/env node
// Rapport runs its TypeScript directly (Node's type stripping), which needs Node 24: npm scripts and
// npx use the Node the project pins as a devDependency.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18) || major === 23) {
  process.stderr.write(
    `rapport: needs Node 24 (this is ${process.version}); run it as 'npx rapport' or through 'npm run' in the project\n`,
  );
  process.exit(2);
}
// Node keeps the compiled (and type-stripped) modules in its compile cache, in the temporary folder
// unless NODE_COMPILE_CACHE says otherwise: without it every run strips and compiles every module
// again, about 0.2 s of a warm `rapport today`. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const { enableCompileCache } = await import("node:module");
enableCompileCache?.();
const { run } = await import("../src/cli/main.ts");
try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  // Anything unexpected is a bug in Rapport, not in the journal: say so in one line, with a way to see more.
  process.stderr.write(`rapport: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.RAPPORT_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
  else process.stderr.write("rapport: set RAPPORT_DEBUG=1 for details, and please report it\n");
  process.exitCode = 70;
}
