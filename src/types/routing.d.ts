// preact-iso's own JSX augmentation for `path`/`default` is ignored by TypeScript 6;
// this restores it so routed components type-check.
import 'preact';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicAttributes {
      path?: string;
      default?: boolean;
    }
  }
}
