/**
 * How long a test, a hook or a wait inside one may take before it fails: the CI job's own limit, not a guess
 * at how fast the machine is. Builds and servers take several times longer on a loaded machine than on an
 * idle one, and a verdict must not depend on which; a hang still ends the run, at this limit.
 */
export const patience = 30 * 60_000;
