/**
 * The application: security and wiring. It holds no domain rules; every context may be used without it and
 * none may depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application")
package kg.usulduk.app;
