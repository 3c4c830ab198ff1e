/**
 * Where each page of the site lives under its base path: one builder for the pages (site/lib/urls.ts,
 * with Astro's base) and for what is made beside them, such as the search records. Ids may be any
 * Unicode file name, so they are always encoded.
 */
export type SiteUrls = ReturnType<typeof siteUrls>;

export function siteUrls(basePath: string) {
  const base = basePath.replace(/\/?$/, "/");
  return {
    home: () => base,
    people: () => `${base}people/`,
    person: (id: string) => `${base}people/${encodeURIComponent(id)}/`,
    events: () => `${base}events/`,
    event: (id: string) => `${base}events/${encodeURIComponent(id)}/`,
    network: () => `${base}network/`,
    diagnostics: () => `${base}diagnostics/`,
    asset: (path: string) => `${base}${path.replace(/^\//, "")}`,
  };
}
