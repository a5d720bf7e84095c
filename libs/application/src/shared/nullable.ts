/** A read model's value as optional text: null stays null, anything else its text. */
export const nullableText = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
