/** The instant a query names, or now (floored to the second). */
export function instantOf(at: string | undefined): number {
  return at ? Date.parse(at) : Math.floor(Date.now() / 1000) * 1000;
}
