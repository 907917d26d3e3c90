/** A problem found in one bibliography file, at a line of it; the loader adds the file. */
export interface SourceProblem {
  line: number;
  column: number;
  /** An error leaves the entry out and stops the build; a warning does neither. */
  severity: 'error' | 'warning';
  message: string;
  /** The field the problem is in, for a message that points at its line. */
  field?: string;
}
