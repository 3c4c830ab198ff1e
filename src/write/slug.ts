/**
 * File names (ids) from names: lower case ASCII words joined by `-`, with German umlauts spelled
 * out (Jürgen Müller → juergen-mueller, as Germans write them without umlauts) and other accents
 * dropped (José → jose). Pure.
 */

/** Letters that do not decompose into a base letter and a mark, or whose usual spelling differs. */
const SPELLED: Readonly<Record<string, string>> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  ẞ: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  å: "aa",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** The id for `name`; empty when nothing in it can be spelled in ASCII (李雷), and the caller must ask for one. */
export function slug(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[äöüßẞæœøåłđðþı]/gu, (c) => SPELLED[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
