import { createColors } from "picocolors";

/**
 * Colors for the CLI's readable output: on when standard output is a terminal, off when it is
 * piped or redirected (whatever a `CI` variable says), `NO_COLOR` turns them off and
 * `FORCE_COLOR` on (`FORCE_COLOR=0` off).
 */
export function colorsWanted(env: NodeJS.ProcessEnv = process.env, isTTY = Boolean(process.stdout.isTTY)): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0";
  return isTTY;
}

export const pc = createColors(colorsWanted());
