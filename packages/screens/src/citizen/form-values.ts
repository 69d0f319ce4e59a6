/** Reading a submitted form into the raw object the zod schemas check: what is left empty is absent. */

/** A text or date field; an empty one is absent, so the schema reports it as missing. */
export function textValue(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** A checkbox: checked is true, unchecked false. */
export function checked(form: FormData, name: string): boolean {
  return form.get(name) !== null;
}

/** A yes/no radio group ("ja"/"nej"); unanswered is absent. */
export function yesNo(form: FormData, name: string): boolean | undefined {
  const value = form.get(name);
  return value === "ja" ? true : value === "nej" ? false : undefined;
}
