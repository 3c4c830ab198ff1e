/**
 * Organisation names as people write them ("ACME GmbH", "Acme", "Acme Inc.") meet in one node:
 * case, punctuation and a trailing legal form do not make a different company.
 */

/** Legal forms, lower case and without dots ("e.V." is "ev", "& Co. KG" is "&", "co", "kg"). */
const LEGAL_FORMS = new Set([
  "gmbh",
  "mbh",
  "ag",
  "se",
  "kg",
  "kgaa",
  "ohg",
  "gbr",
  "ug",
  "haftungsbeschränkt",
  "ev",
  "&",
  "co",
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "llc",
  "llp",
  "ltd",
  "limited",
  "plc",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "bv",
  "nv",
  "ab",
  "oy",
]);

/** The key two spellings of one organisation share; empty when the name is nothing but punctuation. */
export function organisationKey(name: string): string {
  const words = name
    .normalize("NFC")
    .toLocaleLowerCase("und")
    .replace(/\./gu, "")
    .replace(/[^\p{L}\p{N}&]+/gu, " ")
    .replace(/&/gu, " & ")
    .split(" ")
    .filter(Boolean);
  // Strip legal forms from the end only, and never the whole name ("AG" alone stays "ag").
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1)!)) words.pop();
  return words.join(" ");
}
