/** The translatable text of one custom function's help: everything but its name and example formula. */
export interface FunctionHelpText {
  readonly summary: string;
  readonly returns: string;
  readonly details: string;
  /** Parameter name (as in the catalog) -> its description. */
  readonly parameters: Readonly<Record<string, string>>;
}

/** Function name (as in the catalog) -> its help text, for one language. */
export type FunctionHelpTranslation = Readonly<Record<string, FunctionHelpText>>;
