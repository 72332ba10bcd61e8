/**
 * The shared kernel for signed documents: what every context's final paper (a protocol, an order, a report)
 * shares. A paper becomes final by its signatures; from then on it shows what was frozen at that moment
 * ({@link kg.usulduk.school.papers.FrozenPaper}: the school as it was named, the people present and absent, the
 * signers with their positions), never what the staff directory says today. Each context keeps its own
 * aggregate, rules, schema and events; this package gives them the life every signed document shares
 * ({@link kg.usulduk.school.papers.DocumentLifecycle}: draft, signed, corrected by a new one), the frozen record,
 * its storage as one jsonb column, the print fragments ({@code templates/papers.html}), the print view and PDF in
 * the school's language ({@link kg.usulduk.school.papers.PaperPrinting}) and the registry through which another
 * context (the archive) obtains a final paper's PDF by its kind and id
 * ({@link kg.usulduk.school.papers.DocumentRenderers}).
 */
@org.springframework.modulith.NamedInterface("papers")
package kg.usulduk.school.papers;
