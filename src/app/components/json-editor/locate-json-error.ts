import { type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";

// JSON.parse names no position for most mistakes in current engines, so the JSON editors ask
// jsonc-parser (VS Code's JSON scanner) where the first one is. Only called after JSON.parse failed.

export interface JsonErrorSpot {
  offset: number;
  message: string;
}

// By jsonc-parser's error names (its ParseErrorCode is a const enum, which isolated modules cannot read).
const messages: Partial<Record<string, string>> = {
  ValueExpected: "Expected a value",
  PropertyNameExpected: "Expected a property name in double quotes",
  ColonExpected: "Expected ':'",
  CommaExpected: "Expected ','",
  CloseBraceExpected: "Expected ',' or '}'",
  CloseBracketExpected: "Expected ',' or ']'",
  EndOfFileExpected: "Unexpected text after the JSON value",
  InvalidNumberFormat: "Not a valid number",
  UnexpectedEndOfString: "Unterminated string",
  UnexpectedEndOfNumber: "Unfinished number",
  InvalidUnicode: "Not a valid \\u escape",
  InvalidEscapeCharacter: "Not a valid escape in a string",
  InvalidCharacter: "A control character must be escaped in a string",
  InvalidCommentToken: "JSON has no comments",
  UnexpectedEndOfComment: "JSON has no comments",
};

export function locateJsonError(text: string): JsonErrorSpot | null {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return null;
  const { offset, length } = first;
  if (root && offset >= root.offset + root.length) return { offset, message: "Unexpected text after the JSON value" };
  // A stray word (an unquoted key, `tru`): the parser's next complaint says what was expected there.
  const code = printParseErrorCode(first.error);
  if (code === "InvalidSymbol") {
    const next = errors[1] ? printParseErrorCode(errors[1].error) : "";
    const message = next === "PropertyNameExpected" || next === "ValueExpected" ? messages[next] : undefined;
    return { offset, message: message ?? `Unexpected “${text.slice(offset, offset + Math.min(length, 20))}”` };
  }
  return { offset, message: messages[code] ?? "Not valid JSON" };
}
