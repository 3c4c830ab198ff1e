/**
 * A page that records what a test must never see: a dialog (a script from the journal ran), a
 * console error or uncaught exception (a CSP violation is one), and a request to another origin.
 */
import type { Browser, Page } from "playwright-core";

export interface Watched {
  readonly page: Page;
  readonly dialogs: string[];
  readonly errors: string[];
  readonly requests: string[];
  /** Requests that went anywhere but the site's own origin. */
  foreign(origin: string): string[];
}

export async function watchedPage(
  browser: Browser,
  options: { width?: number; height?: number } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1200, height: options.height ?? 900 },
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  // Name the resource: the console's own "Failed to load resource" line does not.
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return {
    page,
    dialogs,
    errors,
    requests,
    foreign: (origin) => requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:")),
  };
}
