import { createTokenizer } from "../../src/annotate/sentences-tokens.ts";

const tok = createTokenizer();
for (const t of [
  "SPRINGFIELD, Ill. (AP) - Officials say it.",
  "He lives in Fresno, Calif. Culinary specialist Hillori Hansen spoke.",
  "RALEIGH, N.C. (AP) - A new report.",
  "The Walker County (Ga.) Sheriff's Office is asking. HORRY COUNTY, SC (WMBF) - A man in Austin, TX said. Mary Smith went to Dayton, Ohio.",
])
  console.log(
    tok(t)
      .map((s) => s.tokens.map((k) => `${k.text}/${k.pos}`).join(" "))
      .join("\n  || "),
  );
