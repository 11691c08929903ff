// Settings the live commands share: the Redis key prefix (SITREP_QUEUE_PREFIX, default "sitrep"),
// so deployments or test runs sharing one Redis keep their queues apart.
export function queuePrefix(): string {
  return process.env.SITREP_QUEUE_PREFIX || "sitrep";
}
