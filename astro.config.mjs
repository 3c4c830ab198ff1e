// @ts-check
import { defineConfig } from "astro/config";

// The site's source lives in site/ (src/ is Rapport's TypeScript core); the build goes to dist/.
export default defineConfig({
  srcDir: "./site",
  outDir: "./dist",
});
