/** Journals built only for the browser tests: hostile input, and a German one. */
export const XSS: Record<string, string> = {
  "contacts/eve.md": `---
name: "<script>alert('name')</script>Eve"
company: "<img src=x onerror=alert('company')>"
website: "javascript:alert('website')"
linkedin: "https://example.org/\\"><script>alert('linkedin')</script>"
what: "<b onmouseover=alert('what')>bold</b>"
favourite: "<script>alert('extra')</script>"
tags: ["<svg onload=alert('tag')>"]
---
Notes with <script>alert('body')</script> and <img src=x onerror="alert('img')"> inline.

[click me](javascript:alert('link')) and [[<script>alert('wikilink')</script>]]

<iframe src="javascript:alert('iframe')"></iframe>

## 2026-11-01 call: <script>alert('entry')</script>

<svg onload=alert('svg')></svg><a href="javascript:alert('a')">a</a>
`,
  "events/2026-11-10-party.md": `---
title: "<script>alert('title')</script>Party"
date: 2026-11-10
url: "javascript:alert('url')"
goals:
  - who: "<img src=x onerror=alert('goal')>"
    tags: [x]
met: [eve]
---
<script>alert('event body')</script>
`,
  "rapport.yaml": "owner: \"<script>alert('owner')</script>\"\ntoday: 2026-11-24\n",
};

export const GERMAN: Record<string, string> = {
  "rapport.yaml": "owner: Alex Berger\nlocale: de\ntoday: 2026-11-24\n",
  "contacts/juergen-mueller.md": `---
name: Jürgen Müller
company: Nordbank AG
what: Leitet das Innovation Lab.
why: Will Banken schneller machen.
circle: close
met_at: 2026-11-18-fintech-summit
---
Sehr direkt, mag konkrete Vorschläge.

- 2026-11-19 Nachricht: gefreut, ihn kennenzulernen
`,
  "events/2026-11-18-fintech-summit.md": `---
title: Fintech Summit
date: 2026-11-18
target: 3-5
goals:
  - who: jemand aus einer Bank
    company: [nordbank]
---
`,
  "events/2026-12-10-stammtisch.md": `---
title: Fintech-Stammtisch
date: 2026-12-10
---
`,
};

/** A journal with errors: it must still build, with its problems on a page and in the terminal. */
export const BROKEN: Record<string, string> = {
  "contacts/anna.md": "---\nname: Anna\nknows: [max-mustr]\nwhat: Design.\n---\nNotes.\n",
  "contacts/max-muster.md": "---\nname: Max Muster\nwhat: Ledgers.\n---\n",
  "contacts/broken.md": "---\nname: Broken\nrole: CTO: Payments\n---\n",
};
