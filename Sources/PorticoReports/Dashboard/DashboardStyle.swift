/// The dashboard's one stylesheet: readable on screen, and on A4 paper when printed (no menu, charts kept whole,
/// tables beside them in full).
enum DashboardStyle {
    static let css = """
    :root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --accent: #1f5f99; --paper: #ffffff; --tint: #f3f5f8; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--paper); }
    a { color: var(--accent); }
    a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #b34700; outline-offset: 2px; }
    .skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; }
    .skip:focus { left: 1rem; }
    header { background: var(--tint); border-bottom: 1px solid var(--line); padding: .75rem 1.5rem; }
    header .site { margin: 0 0 .5rem; font-weight: 600; }
    nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
    nav a[aria-current="page"] { font-weight: 700; color: var(--ink); }
    main { max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
    h1 { font-size: 1.8rem; margin: .5rem 0; }
    h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
    .lede, .note, footer { color: var(--muted); }
    .figures { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; }
    .figures a { display: block; border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; text-decoration: none; color: var(--ink); height: 100%; }
    .figure-label { display: block; font-size: .9rem; color: var(--muted); }
    .figure-value { display: block; font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; }
    .figure-period, .figure-change { display: block; font-size: .9rem; }
    .chart-and-table { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1.2fr); gap: 1.5rem; align-items: start; }
    figure { margin: 0; }
    svg.chart { max-width: 100%; height: auto; }
    .legend { list-style: none; padding: 0; margin: .25rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; font-size: .9rem; }
    .legend svg { vertical-align: middle; }
    .table-wrap { max-height: 24rem; overflow: auto; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
    th, td { padding: .2rem .5rem; border-bottom: 1px solid var(--line); text-align: right; }
    th:first-child { text-align: left; }
    thead th { position: sticky; top: 0; background: var(--paper); }
    footer { border-top: 1px solid var(--line); padding: 1rem 1.5rem; font-size: .9rem; }
    @media (max-width: 60rem) { .chart-and-table { grid-template-columns: 1fr; } }
    @media print {
      @page { size: A4; margin: 14mm; }
      body { font-size: 10pt; }
      header nav, .skip, .downloads { display: none; }
      header { background: none; border: 0; padding: 0; }
      main { max-width: none; padding: 0; }
      .chart-and-table { grid-template-columns: 1fr; gap: .5rem; }
      .chart-block { break-inside: avoid; page-break-inside: avoid; }
      .table-wrap { max-height: none; overflow: visible; }
      thead th { position: static; }
      a { color: var(--ink); text-decoration: none; }
      .figures { grid-template-columns: repeat(3, 1fr); }
    }

    """
}
