// @ts-check
import { defineConfig } from "astro/config";
import { rapportWatch } from "./site/integration.ts";

// The site's source lives in site/ (src/ is Rapport's TypeScript core); the build goes to dist/.
export default defineConfig({
  srcDir: "./site",
  outDir: "./dist",
  // Pages are served as folders (/people/jana-nowak/), which any static host understands.
  trailingSlash: "always",
  // The site is private: nothing from other origins, and no telemetry or dev overlays talking out.
  devToolbar: { enabled: false },
  build: {
    format: "directory",
    // Every stylesheet and script is a file of its own, so the Content-Security-Policy can forbid inline code.
    inlineStylesheets: "never",
    // Pages render while others are written to disk, and while the Network view awaits its layout
    // from the network worker (src/site/workers.ts), instead of waiting in turn. Creating thousands
    // of files is slow on some file systems: 12 pages in flight built the 2 000-contact journal in
    // a median 0.94 times the time of 4 (22 alternating builds; 32 did no better).
    concurrency: 12,
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
  integrations: [rapportWatch()],
});
