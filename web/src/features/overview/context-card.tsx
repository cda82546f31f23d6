/** "What you are looking at": ties the Overview to the real programs it imitates. */
export function ContextCard() {
  return (
    <section className="card card--context" aria-labelledby="context-title">
      <h2 id="context-title" className="card__title">
        What you are looking at
      </h2>
      <p>
        A schematic Columbus, Ohio: the four corridors of the <strong>Smart Columbus Connected Vehicle Environment</strong> (USDOT Smart
        City Challenge winner, 2016) and air benches in the style of EPA's <strong>Village Green Project</strong>. Every reading is
        synthetic and reproducible; the geometry is hand-drawn from approximate coordinates.
      </p>
    </section>
  );
}
