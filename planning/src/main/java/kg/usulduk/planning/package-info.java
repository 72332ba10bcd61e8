/**
 * Work plans with their approval (001 §5.3), the school calendar and the notifications of upcoming sessions.
 * <p>
 * Not built yet: the module exists so that the structure is visible and verified from the start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package kg.usulduk.planning;
