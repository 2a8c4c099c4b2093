/** Where in an editor's files something is: the path relative to the project root, 1-based line. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
}

/**
 * An error meant for an editor: what is wrong in plain words, where (file and line), and a hint
 * saying what to do. Everything that stops `npm run check` or the build is one of these.
 */
export class RecountError extends Error {
  readonly location: Location | undefined;
  readonly hint: string | undefined;
  /** A few lines of the offending file around `location`, when there is one to show. */
  readonly frame: string | undefined;

  constructor(message: string, options: { location?: Location; hint?: string; frame?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "RecountError";
    this.location = options.location;
    this.hint = options.hint;
    this.frame = options.frame;
  }

  /** The full text an editor reads: location, message, code frame, hint. */
  format(): string {
    const { location, hint, frame } = this;
    const where = location ? `${location.file}:${location.line}${location.column ? `:${location.column}` : ""}\n` : "";
    return `${where}${this.message}${frame ? `\n\n${frame}` : ""}${hint ? `\n\nhint: ${hint}` : ""}`;
  }
}

/** Several errors found in one pass, so an editor can fix them all before running again. */
export class RecountErrors extends Error {
  readonly errors: readonly RecountError[];
  constructor(errors: readonly RecountError[]) {
    super(errors.map((error) => error.format()).join("\n\n"));
    this.name = "RecountErrors";
    this.errors = errors;
  }
}

/** Errors as an editor reads them, every one in full, after how many there are. */
export function problemsText(errors: readonly RecountError[]): string {
  const count = errors.length;
  return `${count} problem${count === 1 ? "" : "s"} found in the content:\n\n${errors.map((error) => error.format()).join("\n\n")}`;
}
