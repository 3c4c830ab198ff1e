/** A contact's depth as the commands print it and the site shows it: the score with its reasons. */
import type { Contact, Locale } from "../journal/model.ts";
import { depthLine, nextStep, nextStepText, type NextStep } from "./explain.ts";
import type { Depth } from "./score.ts";

export interface DepthView extends Depth {
  readonly name: string;
  /** The circle written in the contact's file. */
  readonly circle: Contact["circle"];
  /** "knows what and why, not goals · 4 conversations in 12 months (2 in person) · last 12 days ago" */
  readonly line: string;
  readonly next: { readonly step: NextStep; readonly text: string };
}

export function depthView(depth: Depth, contact: Contact, locale: Locale): DepthView {
  const step = nextStep(depth);
  return {
    ...depth,
    name: contact.name,
    circle: contact.circle,
    line: depthLine(depth, locale),
    next: { step, text: nextStepText(step, locale) },
  };
}
