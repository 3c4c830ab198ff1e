/**
 * Rule 9, the suggested channel: the one used most with the contact in the last 90 days, else what
 * is known about them. Postcards and letters are left out of "used most": they come on their own
 * rhythm, every third rhythm item for inner and close contacts whose address is known.
 */
import { addDays, type IsoDate } from "../core/date.ts";
import type { Channel, Contact } from "../journal/model.ts";
import type { Touch } from "../journal/touches.ts";

const RECENT_DAYS = 90;
const MAIL: ReadonlySet<Channel> = new Set(["postcard", "letter"]);
/** Not a way to reach someone: skipped when counting. */
const NOT_A_CHANNEL: ReadonlySet<Channel> = new Set(["event", "other"]);

/** The day before the 90 days whose channels count; computed once per schedule, not per contact. */
export function recentWindowStart(today: IsoDate): IsoDate {
  return addDays(today, -RECENT_DAYS);
}

/** `touches` are the contact's touches up to today, oldest first; `since` is `recentWindowStart(today)`. */
export function suggestedChannel(contact: Contact, touches: readonly Touch[], since: IsoDate): Channel {
  const counts = new Map<Channel, { n: number; last: IsoDate }>();
  for (const t of touches) {
    if (t.source !== "entry" || t.date <= since || NOT_A_CHANNEL.has(t.channel) || MAIL.has(t.channel)) continue;
    const c = counts.get(t.channel);
    counts.set(t.channel, { n: (c?.n ?? 0) + 1, last: t.date });
  }
  let best: Channel | undefined;
  let bestCount = { n: 0, last: "" };
  // Ties go to the channel used most recently.
  for (const [channel, c] of counts) {
    if (c.n > bestCount.n || (c.n === bestCount.n && c.last > bestCount.last)) {
      best = channel;
      bestCount = c;
    }
  }
  return best ?? knownChannel(contact);
}

function knownChannel(contact: Contact): Channel {
  if (contact.whatsapp) return "whatsapp";
  if (contact.email.length > 0) return "email";
  if (contact.phone) return "call";
  if (contact.linkedin) return "linkedin";
  if (contact.xing) return "xing";
  if (contact.address) return "letter";
  return "in-person";
}

/**
 * Every third rhythm item is a handwritten postcard: when the last two touches since the last
 * postcard or letter were something else, the next one should be a card.
 */
export function postcardDue(contact: Contact, touches: readonly Touch[]): boolean {
  if (!contact.address || (contact.circle !== "inner" && contact.circle !== "close")) return false;
  let since = 0;
  for (let i = touches.length - 1; i >= 0 && !MAIL.has(touches[i]!.channel); i--) since++;
  return since >= 2;
}
