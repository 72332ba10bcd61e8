/**
 * The school: the shared upstream context every other context stands on.
 * <p>
 * It owns the school and its settings (with the defaults the regulations give), school years and their
 * quarters, the staff directory, and accounts with their roles. Its API is this package: the ids other
 * contexts hold ({@link kg.usulduk.school.SchoolId}, {@link kg.usulduk.school.StaffId}), the value objects
 * every context uses ({@link kg.usulduk.school.SchoolYear}, {@link kg.usulduk.school.Quarter}), the events
 * it publishes when staff join, change or leave, and the {@link kg.usulduk.school.StaffDirectory} and
 * {@link kg.usulduk.school.SchoolCalendar} other contexts may ask.
 * <p>
 * It also carries what every context's pages stand on: the page layout, the static assets, the three
 * languages and the database (embedded PostgreSQL when no server is configured).
 */
@org.springframework.modulith.ApplicationModule(displayName = "School")
package kg.usulduk.school;
