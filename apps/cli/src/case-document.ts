/** A conformance case ({ name, input, expect | expectError }) is told apart from a bare input by its `input`. */
export function isCaseDocument(document: unknown): document is { input: unknown } {
  return typeof document === "object" && document !== null && !Array.isArray(document) && "input" in document;
}

/** The evaluation input a file holds, whether bare or wrapped in a conformance case. */
export function inputOf(document: unknown): unknown {
  return isCaseDocument(document) ? document.input : document;
}
