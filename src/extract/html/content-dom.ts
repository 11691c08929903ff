// Tree position tests the main-text steps share.
import type { ParentNode } from "domhandler";

/** True when `node` is `container` or lies inside it. */
export function isInside(node: ParentNode, container: ParentNode): boolean {
  for (let n: ParentNode | null = node; n; n = n.parent) if (n === container) return true;
  return false;
}
