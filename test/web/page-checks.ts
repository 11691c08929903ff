// Accessibility checks for the browser tests, read from Chromium itself rather than guessed from
// the markup: the accessibility tree a screen reader gets (DevTools protocol), and where Tab goes.
import type { Page } from "playwright-core";

/** Roles a person operates; each needs a name a screen reader can say. */
const CONTROL_ROLES = new Set([
  "button",
  "link",
  "textbox",
  "searchbox",
  "combobox",
  "listbox",
  "checkbox",
  "radio",
  "switch",
  "slider",
  "spinbutton",
  "tab",
  "menuitem",
  "option",
]);

interface AxValue {
  value?: unknown;
}
interface AxNode {
  ignored?: boolean;
  role?: AxValue;
  name?: AxValue;
  backendDOMNodeId?: number;
}

/** Controls in the page's accessibility tree that have no accessible name (role and a hint each). */
export async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: AxNode[] };
    const unnamed: string[] = [];
    for (const n of nodes) {
      const role = String(n.role?.value ?? "");
      if (n.ignored || !CONTROL_ROLES.has(role)) continue;
      if (String(n.name?.value ?? "").trim()) continue;
      let hint = "";
      if (n.backendDOMNodeId) {
        const { object } = (await cdp.send("DOM.resolveNode", { backendNodeId: n.backendDOMNodeId })) as {
          object: { objectId?: string };
        };
        if (object.objectId) {
          const r = (await cdp.send("Runtime.callFunctionOn", {
            objectId: object.objectId,
            functionDeclaration:
              "function () { return this.outerHTML ? this.outerHTML.slice(0, 120) : String(this.nodeName); }",
            returnByValue: true,
          })) as { result: { value?: string } };
          hint = r.result.value ?? "";
        }
      }
      unnamed.push(`${role}: ${hint}`);
    }
    return unnamed;
  } finally {
    await cdp.detach();
  }
}

/** Presses Tab up to `max` times from the top of the page; each stop as "tag#id.class href". */
export async function focusPath(page: Page, max: number): Promise<string[]> {
  await page.evaluate("document.activeElement && document.activeElement.blur()");
  await page.evaluate("window.scrollTo(0, 0)");
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const stop = String(
      await page.evaluate(`(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return "body";
        const cls = (el.getAttribute("class") || "").trim().split(/\\s+/).filter(Boolean).join(".");
        return el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (cls ? "." + cls : "") +
          (el.getAttribute("href") ? " " + el.getAttribute("href") : "");
      })()`),
    );
    // Back at the start: the whole page has been walked.
    if (stops.length && stop === stops[0]) break;
    stops.push(stop);
  }
  return stops;
}

// The predicates below run in the page, serialised: they can use only their arguments and the
// page's globals (typed loosely: the test's types have no DOM).
/** Waits until the text of `selector` matches `pattern`. A function, not a string: a string
 * predicate is re-evaluated with eval in the page, which the dashboard's CSP forbids. */
export async function waitForText(page: Page, selector: string, pattern: RegExp): Promise<void> {
  await page.waitForFunction(
    ([sel, source]) =>
      // biome-ignore lint/suspicious/noExplicitAny: the page's document
      new RegExp(source).test((globalThis as any).document.querySelector(sel)?.textContent ?? ""),
    [selector, pattern.source] as const,
  );
}

/** Waits until some element matching `selector` has `attribute` equal to one of `values`. */
export async function waitForAttribute(
  page: Page,
  selector: string,
  attribute: string,
  values: readonly string[],
): Promise<void> {
  await page.waitForFunction(
    ([sel, attr, wanted]) =>
      // biome-ignore lint/suspicious/noExplicitAny: the page's document
      [...(globalThis as any).document.querySelectorAll(sel)].some((el: any) =>
        wanted.includes(el.getAttribute(attr)),
      ),
    [selector, attribute, values] as const,
  );
}
