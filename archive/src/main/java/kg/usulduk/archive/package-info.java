/**
 * Keeping and archiving the associations' documents (001 §5.8): three years at school, then to the archive; retention jobs run by administrators.
 * <p>
 * Not built yet: the module exists so that the structure is visible and verified from the start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive")
package kg.usulduk.archive;
