export * from "./score.ts";
export * from "./richness.ts";
export * from "./circle.ts";
export { depthLine, nextStep, nextStepText, type NextStep } from "./explain.ts";
export { depthMessages, type DepthMessages } from "./messages.ts";
export { depthView, type DepthView } from "./view.ts";
