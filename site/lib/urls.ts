/** Links between pages; ids may be any Unicode file name, so they are always encoded. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");

export const url = {
  home: () => base,
  people: () => `${base}people/`,
  person: (id: string) => `${base}people/${encodeURIComponent(id)}/`,
  events: () => `${base}events/`,
  event: (id: string) => `${base}events/${encodeURIComponent(id)}/`,
  network: () => `${base}network/`,
  diagnostics: () => `${base}diagnostics/`,
  asset: (path: string) => `${base}${path.replace(/^\//, "")}`,
};

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
