// A virtualised list: only the rows in view (plus a margin) exist in the DOM, so a million-event
// result scrolls like a short one. Rows have one fixed height; more pages load near the end.
export interface VirtualList<T> {
  readonly element: HTMLElement;
  append(items: T[]): void;
  count(): number;
}

const ROW_HEIGHT = 44;
const MARGIN_ROWS = 8;

export function virtualList<T>(
  label: string,
  render: (item: T) => HTMLElement,
  onNearEnd: () => void,
): VirtualList<T> {
  const items: T[] = [];
  const viewport = document.createElement("div");
  viewport.className = "virtual-list";
  viewport.setAttribute("role", "list");
  viewport.setAttribute("aria-label", label);
  viewport.tabIndex = 0;
  const spacer = document.createElement("div");
  spacer.className = "virtual-spacer";
  viewport.append(spacer);
  let drawn = "";

  const draw = () => {
    const first = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - MARGIN_ROWS);
    const visible = Math.ceil((viewport.clientHeight || 600) / ROW_HEIGHT) + 2 * MARGIN_ROWS;
    const last = Math.min(items.length, first + visible);
    const key = `${first}:${last}:${items.length}`;
    if (key !== drawn) {
      drawn = key;
      spacer.style.height = `${items.length * ROW_HEIGHT}px`;
      const rows: HTMLElement[] = [];
      for (let i = first; i < last; i++) {
        const row = render(items[i]!);
        row.classList.add("virtual-row");
        row.setAttribute("role", "listitem");
        row.setAttribute("aria-posinset", String(i + 1));
        row.style.top = `${i * ROW_HEIGHT}px`;
        rows.push(row);
      }
      spacer.replaceChildren(...rows);
    }
    if (last >= items.length - MARGIN_ROWS) onNearEnd();
  };
  viewport.addEventListener("scroll", () => requestAnimationFrame(draw), { passive: true });
  return {
    element: viewport,
    append(more) {
      items.push(...more);
      requestAnimationFrame(draw);
    },
    count: () => items.length,
  };
}
