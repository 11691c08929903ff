// The events page: a virtualised list of every event under the URL's filters (keyset pages from
// /events) and, when an event is open (/events/:id), its detail beside the list.
import { type EventRow, get } from "./api.ts";
import { h, message, section } from "./dom.ts";
import { eventDetail } from "./event-detail.ts";
import { eventRow } from "./event-row.ts";
import { currentFilters } from "./state.ts";
import { virtualList } from "./virtual-list.ts";
import { counted } from "./wording.ts";

const PAGE = 200;

export async function eventsPage(
  main: HTMLElement,
  signal: AbortSignal,
  openId: string | null,
): Promise<void> {
  const f = currentFilters();
  let next: string | null = null;
  let loading = false;
  let done = false;
  const status = h("p", { class: "muted", role: "status" }, "Loading…");
  const list = virtualList<EventRow>(
    "Events",
    (e) => eventRow(e, e.eventKey === openId),
    () => void more(),
  );
  const more = async () => {
    if (loading || done) return;
    loading = true;
    try {
      const page = await get<{ events: EventRow[]; next: string | null }>(
        "/events",
        { ...f, limit: PAGE, cursor: next ?? undefined },
        signal,
      );
      next = page.next;
      done = !page.next;
      list.append(page.events);
      status.textContent = done
        ? counted(list.count(), "event")
        : `${list.count().toLocaleString("en-US")}+ events`;
    } finally {
      loading = false;
    }
  };
  await more();
  const detail = h("div", { class: "detail-box" });
  main.replaceChildren(
    h("h1", { class: "visually-hidden" }, "Events"),
    h(
      "div",
      { class: `events-layout${openId ? " has-detail" : ""}` },
      section("Events", status, list.count() ? list.element : message("No events match these filters.")),
      detail,
    ),
  );
  if (openId) detail.append(await eventDetail(openId, signal));
}
