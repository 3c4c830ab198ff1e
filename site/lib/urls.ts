/** Links between pages, under the site's base path. */
import { siteUrls } from "../../src/site/urls.ts";

export const url = siteUrls(import.meta.env.BASE_URL);

/** Only web and mail links from the journal become links; anything else (`javascript:` …) stays text. */
export function safeHref(value: string): string | undefined {
  const v = value.trim();
  if (/^https?:\/\/[^\s]+$/i.test(v)) return v;
  if (/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(v)) return `mailto:${v}`;
  return undefined;
}

export function telHref(value: string): string | undefined {
  const digits = value.replace(/[^\d+]/g, "");
  return digits.length >= 5 ? `tel:${digits}` : undefined;
}

export function whatsappHref(value: string): string | undefined {
  const digits = value.replace(/\D/g, "");
  return digits.length >= 5 ? `https://wa.me/${digits}` : undefined;
}
