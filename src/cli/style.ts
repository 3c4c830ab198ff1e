/** Terminal styling: only on a TTY, never when NO_COLOR is set (https://no-color.org), forced by FORCE_COLOR. */
import type { Io } from "./io.ts";

export interface Style {
  readonly enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const same = (s: string) => s;

/** No colour at all. */
export const plainStyle: Style = {
  enabled: false,
  bold: same,
  dim: same,
  red: same,
  yellow: same,
  green: same,
  cyan: same,
};

export function styleFor(io: Io, disabled = false): Style {
  const env = io.env;
  const enabled =
    !disabled &&
    !(env["NO_COLOR"] ?? "") &&
    (Boolean(env["FORCE_COLOR"]) && env["FORCE_COLOR"] !== "0" ? true : io.isTTY);
  const wrap = (open: number, close: number) => (s: string) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return {
    enabled,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
  };
}
