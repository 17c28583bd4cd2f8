// JSON.parse names no position for most mistakes in current engines, so the JSON editors walk the
// text itself to find the first one. Only called after JSON.parse has failed.

export interface JsonErrorSpot {
  offset: number;
  message: string;
}

class Fail extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

export function locateJsonError(text: string): JsonErrorSpot | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const expect = (what: string) => {
    if (!text.startsWith(what, i)) throw new Fail(i, `Expected ${what}`);
    i += what.length;
  };
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\n") throw new Fail(i, "Unterminated string");
      i += text[i] === "\\" ? 2 : 1;
    }
    if (i >= text.length) throw new Fail(i, "Unterminated string");
    i++;
  };
  const value = (): void => {
    skip();
    const c = text.charAt(i);
    if (c === "{") container("}", true);
    else if (c === "[") container("]", false);
    else if (c === '"') string();
    else {
      const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
      if (!literal) throw new Fail(i, i >= text.length ? "Unexpected end of the text" : "Expected a value");
      i += literal[0].length;
    }
  };
  const container = (close: string, isObject: boolean) => {
    i++;
    skip();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      if (isObject) {
        skip();
        if (text[i] !== '"') throw new Fail(i, "Expected a property name in double quotes");
        string();
        skip();
        expect(":");
      }
      value();
      skip();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      throw new Fail(i, `Expected ',' or '${close}'`);
    }
  };
  try {
    value();
    skip();
    if (i < text.length) throw new Fail(i, "Unexpected text after the JSON value");
    return null;
  } catch (error) {
    if (error instanceof Fail) return { offset: error.offset, message: error.message };
    throw error;
  }
}
