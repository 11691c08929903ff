// Binary detection on the first 8 KB: NUL bytes or a high share of control bytes mean the input
// is not text or HTML. UTF-16 with a BOM is text (it has NULs by design).
const SAMPLE_BYTES = 8192;
// Calibrated on our fixtures: real pages stay under 1% control bytes; images and archives exceed 10%.
const MAX_CONTROL_SHARE = 0.05;

export function looksBinary(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return false;
  }
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, CR, FF and ESC occur in real text; other C0 controls do not.
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control / n > MAX_CONTROL_SHARE;
}
