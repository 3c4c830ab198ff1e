import type { Channel } from "./model.ts";

/**
 * Words that name a channel when they follow an entry's date, English and German, lower case.
 * Two-word phrases ("in person", "video call") are tried before single words.
 */
const WORDS: Readonly<Record<string, Channel>> = {
  "in person": "in-person",
  "in-person": "in-person",
  "face to face": "in-person",
  meeting: "in-person",
  meet: "in-person",
  met: "in-person",
  coffee: "in-person",
  lunch: "in-person",
  dinner: "in-person",
  breakfast: "in-person",
  drinks: "in-person",
  visit: "in-person",
  walk: "in-person",
  treffen: "in-person",
  getroffen: "in-person",
  persönlich: "in-person",
  kaffee: "in-person",
  mittagessen: "in-person",
  abendessen: "in-person",
  frühstück: "in-person",
  besuch: "in-person",
  spaziergang: "in-person",
  "video call": "video",
  video: "video",
  videocall: "video",
  zoom: "video",
  teams: "video",
  videoanruf: "video",
  call: "call",
  phone: "call",
  "phone call": "call",
  anruf: "call",
  telefonat: "call",
  telefoniert: "call",
  email: "email",
  "e-mail": "email",
  mail: "email",
  message: "message",
  msg: "message",
  text: "message",
  dm: "message",
  nachricht: "message",
  whatsapp: "whatsapp",
  signal: "signal",
  sms: "sms",
  linkedin: "linkedin",
  xing: "xing",
  letter: "letter",
  brief: "letter",
  postcard: "postcard",
  card: "postcard",
  postkarte: "postcard",
  karte: "postcard",
  event: "event",
  veranstaltung: "event",
  konferenz: "event",
  conference: "event",
};

/** Strips punctuation that commonly follows the channel word: `call:`, `WhatsApp,`, `Treffen —`. */
function clean(word: string): string {
  return word.toLowerCase().replace(/[:,;.!?—–)]+$/u, "");
}

/** The channel named at the start of `text` (the entry line after its date), or `other`. */
export function channelOf(text: string): Channel {
  const words = text.trim().split(/\s+/u);
  if (words.length >= 2) {
    const two = WORDS[`${words[0]!.toLowerCase()} ${clean(words[1]!)}`];
    if (two) return two;
  }
  return (words[0] && WORDS[clean(words[0])]) || "other";
}
