/**
 * The school's methodological council (000, 002 §4.3, 003): its composition, quarterly sessions, protocols, decisions and recommendations.
 * <p>
 * Not built yet: the module exists so that the structure is visible and verified from the start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Methodological council")
package kg.usulduk.council;
