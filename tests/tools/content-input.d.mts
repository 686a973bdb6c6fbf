import type { ContentInput } from '../../src/content/validate';
/** All content with the checker. */
export function loadContentCheck(): Promise<{
  input: ContentInput;
  validateContent: (input: ContentInput) => string[];
}>;
