// A QR code drawn as SVG from uqr's matrix (no HTML strings), so paper leads back to the app.
import { encode } from 'uqr';

/** QR code of a text (here: the app's address, never personal data). */
export function QrCode({ text, label, size = 120 }: { text: string; label: string; size?: number }) {
  // A quiet zone of 4 modules, as the QR standard asks, helps phone cameras lock on.
  const { data } = encode(text, { ecc: 'M', border: 4 });
  const n = data.length;
  let path = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (path += `M${x} ${y}h1v1h-1z`)));
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${n} ${n}`}
      width={size}
      height={size}
      shape-rendering="crispEdges"
    >
      <rect width={n} height={n} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
