/**
 * How much a conversation on each channel counts towards depth. Talking (in person, video, a call)
 * goes deepest; a letter or postcard takes more care than a message; a message or an email keeps a
 * contact warm; an `event` or `other` entry says little about the conversation itself.
 */
import type { Channel } from "../journal/model.ts";

export type Richness = "rich" | "written" | "short" | "low";

export const RICHNESS_WEIGHT: Readonly<Record<Richness, number>> = {
  rich: 1,
  written: 0.6,
  short: 0.3,
  low: 0.15,
};

const TIER: Readonly<Record<Channel, Richness>> = {
  "in-person": "rich",
  video: "rich",
  call: "rich",
  letter: "written",
  postcard: "written",
  email: "short",
  message: "short",
  whatsapp: "short",
  signal: "short",
  sms: "short",
  linkedin: "short",
  xing: "short",
  event: "low",
  other: "low",
};

export function richnessOf(channel: Channel): Richness {
  return TIER[channel];
}

export function channelWeight(channel: Channel): number {
  return RICHNESS_WEIGHT[TIER[channel]];
}
