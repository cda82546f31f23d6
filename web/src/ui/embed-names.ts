/** The names of a feature's embeddable panels (its `embed.tsx`), typed as the keys of its table. */
export function embedNames<Panels extends object>(panels: Panels): (keyof Panels & string)[] {
  return Object.keys(panels) as (keyof Panels & string)[];
}
