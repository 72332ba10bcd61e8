/**
 * Young teachers and their mentors (001 §2.1, §3.16, plan IV.1): the association proposes a mentor, the mentor
 * accepts, the director's order assigns them for a term; the pair's plans (approved by the head), their meetings and
 * lesson visits with their hours, and at the end the young teacher's report and the mentor's reference.
 * <p>
 * Its API: the ids, the kinds, and the events below (each carries the school, the people and the dates a listener
 * needs): planning puts the pair's meetings into both calendars, the association counts their lesson visits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mentorship")
package kg.usulduk.mentorship;
