/** Words of ajv's and jsonc-parser's own messages (and of JavaScript's errors), which must never reach a user. */
export const ENGINE_WORDS = /must NOT|must have|must match|must be equal|allowed values|additional properties|ValueExpected|CommaExpected|PropertyNameExpected|Unexpected|call stack|Cannot convert|undefined|\[object/;
