/**
 * The site's floor for `npm run bench`: a tiny Astro project, with Rapport's own astro package,
 * that builds one page per contact showing only the name. Built in a temporary folder whose
 * node_modules is a link to Rapport's.
 */
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";

const PAGE = `---
import names from "../../names.json";
export function getStaticPaths() {
  return names.map(([id, name]) => ({ params: { id }, props: { name } }));
}
const { name } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><title>{name}</title></head><body><h1>{name}</h1></body></html>
`;

/** Writes the project into `dir` for the contacts of `journal`; returns how many pages it builds. */
export async function writeSiteFloor(dir: string, journal: string, modules: string): Promise<number> {
  const names: [string, string][] = [];
  for (const file of (await readdir(path.join(journal, "contacts"))).sort()) {
    const text = await readFile(path.join(journal, "contacts", file), "utf8");
    names.push([file.replace(/\.md$/, ""), /^name: (.*?)\r?$/m.exec(text)?.[1] ?? file]);
  }
  await mkdir(path.join(dir, "src", "pages", "people"), { recursive: true });
  await writeFile(path.join(dir, "package.json"), `{ "name": "site-floor", "private": true, "type": "module" }\n`);
  await writeFile(
    path.join(dir, "astro.config.mjs"),
    `export default { build: { format: "directory" }, devToolbar: { enabled: false } };\n`,
  );
  await writeFile(path.join(dir, "src", "names.json"), JSON.stringify(names));
  await writeFile(path.join(dir, "src", "pages", "people", "[id].astro"), PAGE);
  await symlink(modules, path.join(dir, "node_modules"), "dir");
  return names.length;
}
