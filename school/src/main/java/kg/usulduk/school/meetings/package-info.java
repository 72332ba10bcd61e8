/**
 * The shared kernel for meetings: what an association's session and a council's session (and the meetings of the
 * contexts still to come) share, so that each context keeps only its own aggregate, rules, schema and events.
 * <ul>
 * <li>{@link kg.usulduk.school.meetings.Agenda} and {@link kg.usulduk.school.meetings.AgendaItem}: the questions in
 * order, each with who reports on it;</li>
 * <li>{@link kg.usulduk.school.meetings.Attendance}: who was invited, who came and who did not;</li>
 * <li>{@link kg.usulduk.school.meetings.Move}: a meeting moved to another day, with its reason kept;</li>
 * <li>{@link kg.usulduk.school.meetings.MeetingStatus}: scheduled, held or cancelled, and what each allows;</li>
 * <li>{@link kg.usulduk.school.meetings.ProtocolEntry} and {@link kg.usulduk.school.meetings.Minutes}: what a
 * protocol records for each agenda question (heard, spoke, decided);</li>
 * <li>{@link kg.usulduk.school.meetings.Meeting}: what every meeting answers, for the shared page and print
 * fragments ({@code templates/meetings.html}) and {@link kg.usulduk.school.meetings.MeetingForms}.</li>
 * </ul>
 * Refusals are worded by the owning context: each check takes the context's name and throws its keys
 * ({@code <context>.session.*}, {@code <context>.protocol.*}, {@code <context>.date.*}), so an association's page
 * speaks of the association's session and the council's of the council's. The lifecycle of the protocol (draft,
 * signed, corrected) is {@link kg.usulduk.school.papers.DocumentLifecycle}, shared by every signed document.
 */
@org.springframework.modulith.NamedInterface("meetings")
package kg.usulduk.school.meetings;
