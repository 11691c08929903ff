// decodeHtml: BOM, HTTP header, <meta> charset, detection, and wrong declarations. Byte fixtures
// are made here with iconv-lite from sentences of our own, so no third-party pages are needed.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { charsetFromMeta, decodeHtml, normalizeCharset } from "../../../src/extract/html/decode-html.ts";

/** Short news-like sentences in each script (our own wording). */
const SAMPLES = {
  ru: "Министр иностранных дел заявил в пятницу, что переговоры о поставках зерна продолжатся на следующей неделе в Стамбуле.",
  fr: "Le ministre a déclaré vendredi que les négociations sur l’accord de pêche reprendront à Genève après l’été, selon des sources proches du dossier.",
  ar: "قال وزير الخارجية يوم الجمعة إن المحادثات بشأن اتفاق الحبوب ستستأنف الأسبوع المقبل في العاصمة.",
  el: "Ο υπουργός Εξωτερικών δήλωσε την Παρασκευή ότι οι συνομιλίες για τη συμφωνία θα συνεχιστούν την επόμενη εβδομάδα στην Αθήνα.",
  pl: "Minister spraw zagranicznych powiedział w piątek, że rozmowy w sprawie umowy zbożowej będą kontynuowane w przyszłym tygodniu.",
  zhs: "外交部长星期五表示，关于粮食协议的谈判将于下周在首都继续进行，双方代表团已经抵达。",
  zht: "外交部長星期五表示，關於糧食協議的談判將於下週在首都繼續進行，雙方代表團已經抵達。",
  ja: "外務大臣は金曜日、穀物協定をめぐる交渉が来週も首都で続けられると述べた。両国の代表団はすでに到着している。",
  ko: "외교부 장관은 금요일 곡물 협정에 관한 협상이 다음 주 수도에서 계속될 것이라고 말했다. 양측 대표단은 이미 도착했다.",
} as const;

function page(body: string, metaCharset?: string): string {
  const meta = metaCharset ? `<meta charset="${metaCharset}">` : "";
  return `<!doctype html><html><head>${meta}<title>Test</title></head><body><p>${body}</p><p>${body}</p></body></html>`;
}

const CASES: { encoding: string; sample: keyof typeof SAMPLES; expected: string }[] = [
  { encoding: "windows-1251", sample: "ru", expected: "windows-1251" },
  { encoding: "koi8-r", sample: "ru", expected: "koi8-r" },
  { encoding: "windows-1252", sample: "fr", expected: "windows-1252" },
  { encoding: "windows-1256", sample: "ar", expected: "windows-1256" },
  { encoding: "iso-8859-2", sample: "pl", expected: "iso-8859-2" },
  { encoding: "iso-8859-7", sample: "el", expected: "iso-8859-7" },
  { encoding: "gb2312", sample: "zhs", expected: "gb18030" },
  { encoding: "gbk", sample: "zhs", expected: "gb18030" },
  { encoding: "gb18030", sample: "zhs", expected: "gb18030" },
  { encoding: "big5", sample: "zht", expected: "big5" },
  { encoding: "shift_jis", sample: "ja", expected: "shift_jis" },
  { encoding: "euc-kr", sample: "ko", expected: "cp949" },
];

describe("decodeHtml with a declared charset", () => {
  for (const c of CASES) {
    it(`decodes ${c.encoding} declared in <meta>`, () => {
      const html = page(SAMPLES[c.sample], c.encoding);
      const result = decodeHtml(iconv.encode(html, c.encoding));
      expect(result.html).toBe(html);
      expect(result.encoding).toBe(c.expected);
      expect(result.warnings).toEqual([]);
    });

    it(`decodes ${c.encoding} declared in the HTTP header`, () => {
      const html = page(SAMPLES[c.sample]);
      const result = decodeHtml(iconv.encode(html, c.encoding), `text/html; charset=${c.encoding}`);
      expect(result.html).toBe(html);
    });
  }
});

describe("decodeHtml without a declaration", () => {
  // Detection on two short paragraphs: the hard case. Windows-1252 French is also valid as several
  // other Latin codepages, so only the text is compared there.
  for (const c of CASES) {
    it(`detects ${c.encoding}`, () => {
      const html = page(SAMPLES[c.sample]);
      const result = decodeHtml(iconv.encode(html, c.encoding));
      expect(result.html).toBe(html);
      expect(result.warnings.map((w) => w.code)).toContain("W_ENCODING_GUESSED");
    });
  }

  it("reads undeclared UTF-8 as UTF-8 without a warning", () => {
    const html = page(SAMPLES.ru + SAMPLES.ja);
    const result = decodeHtml(new TextEncoder().encode(html));
    expect(result).toEqual({ html, encoding: "utf-8", warnings: [] });
  });
});

describe("decodeHtml when the declaration is wrong", () => {
  it("trusts the bytes when a page declared ISO-8859-1 is really UTF-8", () => {
    const html = page(SAMPLES.fr, "iso-8859-1");
    const result = decodeHtml(new TextEncoder().encode(html));
    expect(result.html).toBe(html);
    expect(result.encoding).toBe("utf-8");
    expect(result.warnings.map((w) => w.code)).toEqual(["W_ENCODING_MISMATCH"]);
  });

  it("trusts the bytes when the HTTP header says windows-1252 but the page is UTF-8 Cyrillic", () => {
    const html = page(SAMPLES.ru);
    const result = decodeHtml(new TextEncoder().encode(html), "text/html; charset=windows-1252");
    expect(result.html).toBe(html);
  });

  it("does not produce mojibake when windows-1251 bytes are declared windows-1252", () => {
    const html = page(SAMPLES.ru, "windows-1252");
    const result = decodeHtml(iconv.encode(html, "windows-1251"));
    expect(result.html).toBe(html);
    expect(result.encoding).toBe("windows-1251");
  });

  it("falls back to a legacy codepage when a page declared UTF-8 is not", () => {
    const html = page(SAMPLES.fr, "utf-8");
    const result = decodeHtml(iconv.encode(html, "windows-1252"));
    expect(result.html).toBe(html);
    expect(result.warnings.map((w) => w.code)).toEqual(["W_ENCODING_MISMATCH"]);
  });

  it("keeps a correct Latin declaration for French text (no false mojibake alarm)", () => {
    const html = page(`${SAMPLES.fr} Où êtes-vous allés cet été ? À Sète, déjà.`, "windows-1252");
    const result = decodeHtml(iconv.encode(html, "windows-1252"));
    expect(result.html).toBe(html);
    expect(result.encoding).toBe("windows-1252");
    expect(result.warnings).toEqual([]);
  });

  it("warns about an unknown charset label and still decodes", () => {
    const html = page(SAMPLES.fr, "x-no-such-charset");
    const result = decodeHtml(new TextEncoder().encode(html));
    expect(result.html).toBe(html);
    expect(result.warnings.map((w) => w.code)).toContain("W_ENCODING_UNKNOWN");
  });
});

describe("decodeHtml byte-order marks and precedence", () => {
  it("follows a UTF-8 BOM over a contrary meta charset and strips it", () => {
    const html = page(SAMPLES.ru, "windows-1251");
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]);
    expect(decodeHtml(bytes)).toEqual({ html, encoding: "utf-8", warnings: [] });
  });

  it("decodes UTF-16LE and UTF-16BE with a BOM", () => {
    const html = page(SAMPLES.ko);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, "utf16le")]);
    expect(decodeHtml(le).html).toBe(html);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeHtml(be).html).toBe(html);
  });

  it("prefers the HTTP header over the meta charset", () => {
    const html = page(SAMPLES.ru, "iso-8859-5");
    const result = decodeHtml(iconv.encode(html, "koi8-r"), "text/html; charset=KOI8-R");
    expect(result.html).toBe(html);
    expect(result.encoding).toBe("koi8-r");
  });

  it("reads http-equiv Content-Type and XML declarations", () => {
    const equiv = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>`;
    expect(charsetFromMeta(new TextEncoder().encode(equiv))).toBe("Shift_JIS");
    const xml = `<?xml version="1.0" encoding="ISO-8859-7"?><html>`;
    expect(charsetFromMeta(new TextEncoder().encode(xml))).toBe("ISO-8859-7");
  });

  it("maps labels the way browsers do", () => {
    expect(normalizeCharset("ISO-8859-1")).toBe("windows-1252");
    expect(normalizeCharset("GB2312")).toBe("gb18030");
    expect(normalizeCharset(" 'utf8' ")).toBe("utf-8");
    expect(normalizeCharset("no-such")).toBeNull();
  });

  it("returns strings unchanged apart from a leading BOM", () => {
    expect(decodeHtml("\ufeff<p>x</p>").html).toBe("<p>x</p>");
  });
});

describe("decodeHtml robustness", () => {
  it("never throws on binary junk, NUL bytes or truncated multi-byte sequences", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 256;
    };
    const junk = Uint8Array.from({ length: 64 * 1024 }, random);
    expect(() => decodeHtml(junk)).not.toThrow();
    expect(typeof decodeHtml(new Uint8Array(1000)).html).toBe("string");
    const cut = iconv.encode(page(SAMPLES.zhs, "gbk"), "gbk").subarray(0, 101);
    expect(() => decodeHtml(cut)).not.toThrow();
    expect(decodeHtml(new Uint8Array(0)).html).toBe("");
  });

  it("decodes a 10 MB page", () => {
    const big = new TextEncoder().encode(page(SAMPLES.fr.repeat(40_000), "utf-8"));
    expect(big.length).toBeGreaterThan(10_000_000);
    const result = decodeHtml(big);
    expect(result.encoding).toBe("utf-8");
    expect(result.html.length).toBeGreaterThan(5_000_000);
  });
});
