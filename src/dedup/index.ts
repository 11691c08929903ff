// Stage 6, dedup: near-duplicate stories share a SimHash cluster; repeated reports of one event
// share an event key (rolled up with counts by the store).
export { chooseCluster, hammingDistance, NEAR_DUPLICATE_BITS, simhash64 } from "./simhash.ts";
