import type { StandardSchemaV1 } from "@standard-schema/spec";
import { parseWith } from "@kontaktplan/schema";
import type { z } from "zod";

/**
 * A procedure input parser with the schema package's Danish messages and dotted paths.
 * tRPC would otherwise call zod directly and answer in English; as a Standard Schema the
 * parser keeps zod's input and output types for clients, and its issues become
 * `error.data.fieldErrors` in the error formatter.
 */
export function danish<S extends z.ZodType>(schema: S): StandardSchemaV1<z.input<S>, z.output<S>> {
  return {
    "~standard": {
      version: 1,
      vendor: "kontaktplan",
      validate(value) {
        const result = parseWith(schema, value);
        if (result.ok) return { value: result.value };
        return { issues: result.errors.map((e) => ({ message: e.message, path: e.path === "" ? [] : e.path.split(".") })) };
      },
    },
  };
}
