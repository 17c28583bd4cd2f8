import { type ParseError, ParseErrorCode, parseTree } from "jsonc-parser";

// JSON.parse names no position for most mistakes in current engines, so the JSON editors ask
// jsonc-parser (VS Code's JSON scanner) where the first one is. Only called after JSON.parse failed.

export interface JsonErrorSpot {
  offset: number;
  message: string;
}

const messages: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.ValueExpected]: "Expected a value",
  [ParseErrorCode.PropertyNameExpected]: "Expected a property name in double quotes",
  [ParseErrorCode.ColonExpected]: "Expected ':'",
  [ParseErrorCode.CommaExpected]: "Expected ','",
  [ParseErrorCode.CloseBraceExpected]: "Expected ',' or '}'",
  [ParseErrorCode.CloseBracketExpected]: "Expected ',' or ']'",
  [ParseErrorCode.EndOfFileExpected]: "Unexpected text after the JSON value",
  [ParseErrorCode.InvalidNumberFormat]: "Not a valid number",
  [ParseErrorCode.UnexpectedEndOfString]: "Unterminated string",
  [ParseErrorCode.UnexpectedEndOfNumber]: "Unfinished number",
  [ParseErrorCode.InvalidUnicode]: "Not a valid \\u escape",
  [ParseErrorCode.InvalidEscapeCharacter]: "Not a valid escape in a string",
  [ParseErrorCode.InvalidCharacter]: "A control character must be escaped in a string",
  [ParseErrorCode.InvalidCommentToken]: "JSON has no comments",
  [ParseErrorCode.UnexpectedEndOfComment]: "JSON has no comments",
};

export function locateJsonError(text: string): JsonErrorSpot | null {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return null;
  const { offset, length } = first;
  if (root && offset >= root.offset + root.length) return { offset, message: "Unexpected text after the JSON value" };
  // A stray word (an unquoted key, `tru`): the parser's next complaint says what was expected there.
  if (first.error === ParseErrorCode.InvalidSymbol) {
    const next = errors[1]?.error;
    const expected = next === ParseErrorCode.PropertyNameExpected || next === ParseErrorCode.ValueExpected;
    const message = expected ? messages[next] : undefined;
    return { offset, message: message ?? `Unexpected “${text.slice(offset, offset + Math.min(length, 20))}”` };
  }
  return { offset, message: messages[first.error] ?? "Not valid JSON" };
}
