/**
 * How a follow-up status looks wherever the site shows one, at build time and in the browser: the
 * badge's tone (an event page, the agenda) and the day beside it (an event page).
 */
import type { IsoDate } from "../../src/core/date.ts";
import type { FollowupState, FollowupStatus } from "../../src/journal/followup.ts";

export const FOLLOWUP_TONE: Readonly<Record<FollowupState, string>> = {
  "on-time": "ok",
  late: "warn",
  open: "",
  overdue: "danger",
};

/** The day shown beside the badge: the follow-up's own, else the day it is due. */
export function shownDay(status: FollowupStatus): IsoDate {
  return status.touch?.date ?? status.due;
}
