// JSON has no Infinity ("never reached half"), so it travels as a string. Numbers otherwise
// round-trip exactly: JSON.stringify prints the shortest decimal that reads back to the same double.

/** JSON text safe to place in an attribute or a <script> element: "<" is escaped, so no "</script>" can appear. */
export function encodeLabJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (v === Infinity ? "Infinity" : v)).replace(/</g, "\\u003c");
}

export function decodeLabJson<T>(text: string): T {
  return JSON.parse(text, (_, v: unknown) => (v === "Infinity" ? Infinity : v)) as T;
}
