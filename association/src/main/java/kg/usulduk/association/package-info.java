/**
 * The methodical associations of teachers (001, 004, 002 §4.4): opened by the director's order, with a head, members, sessions and their protocols, activities such as open lessons and subject weeks, and the deputy's year-end analysis.
 * <p>
 * Not built yet: the module exists so that the structure is visible and verified from the start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Methodical associations")
package kg.usulduk.association;
