/**
 * The methodical associations of teachers (001, 004, 002 §4.4): opened by the director's order, with a head,
 * members and their data bank, the year's methodological theme, sessions with their protocols, activities such
 * as open lessons, lesson visits, subject weeks and practical seminars, and the deputy's year-end analysis.
 * <p>
 * Its API: the ids, the events below (each carries what a listener needs: school, association, dates and the
 * people concerned) and {@link kg.usulduk.association.AssociationDirectory} for the current heads and members.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Methodical associations")
package kg.usulduk.association;
