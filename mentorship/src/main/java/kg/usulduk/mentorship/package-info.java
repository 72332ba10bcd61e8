/**
 * Young teachers and their mentors (001 §2.1, §3.16, plan IV.1): assignment by the director's order, work plans and reports.
 * <p>
 * Not built yet: the module exists so that the structure is visible and verified from the start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mentorship")
package kg.usulduk.mentorship;
