/**
 * Planning and the school calendar (001 §4.1, §5.2–5.3, §6.6–6.8; 003 §5.1; 004). Built so far: the school
 * calendar, fed only by the association and council contexts' events (sessions and activities scheduled, moved,
 * cancelled, held), with month and week views, each person's upcoming entries, and a personal iCalendar feed
 * behind a secret, revocable link. Work plans and notifications come with the rest of their issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning and the school calendar")
package kg.usulduk.planning;
