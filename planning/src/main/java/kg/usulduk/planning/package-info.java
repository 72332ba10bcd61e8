/**
 * Planning and the school calendar (001 §4.1, §5.2–5.3, §6.6–6.8, §6.14; 003 §5.1; 004):
 * <ul>
 * <li>the associations' annual work plans in the four sections of the template, approved by the director with the
 * deputy's agreement and changed only by new versions, with their quarterly and monthly views and execution;</li>
 * <li>the school's methodological theme of the year and teachers' calendar-thematic plans;</li>
 * <li>the school calendar, fed only by the association and council contexts' events, with month and week views,
 * each person's upcoming entries and a personal iCalendar feed behind a secret, revocable link;</li>
 * <li>notices of what is scheduled, moved or cancelled, and reminders before it, in the inbox and by email.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning and the school calendar")
package kg.usulduk.planning;
