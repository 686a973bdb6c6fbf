// The Jalons mark: a path with three milestones, drawn inline so it costs no request.

/** Decorative logo; the app name next to it carries the meaning. */
export function Logo() {
  return (
    <svg class="brand__logo" viewBox="0 0 48 48" width="36" height="36" aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="10" fill="currentColor" />
      <path d="M12 36 C 18 30, 16 22, 24 20 S 32 12, 36 10" fill="none" stroke="#fff" stroke-width="3" />
      <circle cx="12" cy="36" r="4" fill="#fff" />
      <circle cx="24" cy="20" r="4" fill="#fff" />
      <circle cx="36" cy="10" r="4" fill="#ffd166" />
    </svg>
  );
}
