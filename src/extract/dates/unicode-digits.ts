// Digits of other scripts as ASCII: pages in Persian, Arabic, Hindi, Bengali, Thai and others
// write their dates in their own digits ("۲ تیر ۱۳۹۹", "२ अप्रैल २०२०"), and full-width digits
// ("２０２０年") appear in Chinese and Japanese text. Every Unicode decimal digit (\p{Nd}) belongs
// to a run of ten starting at zero, so a digit's value is its distance from the start of its run.

const NON_ASCII_DIGIT = /[^\x00-\x7f]/u;
const ANY_DIGIT = /\p{Nd}/u;
const NON_ASCII_DIGITS = /(?![0-9])\p{Nd}/gu;

const values = new Map<string, string>();

/** The value 0-9 of a decimal digit of any script. */
function digitValue(ch: string): string {
  const known = values.get(ch);
  if (known !== undefined) return known;
  const cp = ch.codePointAt(0)!;
  let runStart = cp;
  while (runStart > 0 && ANY_DIGIT.test(String.fromCodePoint(runStart - 1))) runStart--;
  // Runs of several scripts' digits can sit side by side (mathematical digits): count in tens.
  const value = String((cp - runStart) % 10);
  values.set(ch, value);
  return value;
}

/** `text` with every decimal digit of another script written as an ASCII digit; the same string
 * when it has none (the common case costs one test). */
export function asciiDigits(text: string): string {
  if (!NON_ASCII_DIGIT.test(text)) return text;
  return text.replace(NON_ASCII_DIGITS, digitValue);
}
