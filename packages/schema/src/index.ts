export * from "./codes.js";
export * from "./dates.js";
export * from "./input.js";
export * from "./output.js";
export * from "./parse.js";
export * from "./plan.js";
export * from "./compare.js";
export * from "./api.js";
