// A drafted event as the checks that may drop or recode it see it (role senses, verbal attacks,
// seized people, assertion): one shape, so each check reads the same fields and a new check does
// not repeat the parameter list.
import type { Actor, SentenceView } from "./sentence-view.ts";

export interface DraftedEvent {
  readonly view: SentenceView;
  /** The trigger's first token. */
  readonly anchor: number;
  /** The trigger's last token. */
  readonly last: number;
  /** The drafted CAMEO code (after any earlier recode). */
  readonly code: string;
  readonly source: Actor;
  readonly target: Actor | null;
}
