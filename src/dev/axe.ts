// Development-only accessibility checks in the console; this file is never part of a production build.

/** Starts @axe-core/react with Preact's compat layer standing in for React and ReactDOM. */
export async function startAxe(): Promise<void> {
  const [{ default: axe }, { default: compat }] = await Promise.all([
    import('@axe-core/react'),
    import('preact/compat'),
  ]);
  await axe(compat as never, compat as never, 1000);
}
