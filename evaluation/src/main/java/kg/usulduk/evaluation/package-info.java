/**
 * Evaluating teachers' work (001 §2.4, §4.5, §7.4, §7.7–7.8; 004): labour participation coefficient, incentive pay, nominations and year-end evaluation.
 * <p>
 * Not built yet: the module exists so that the structure is visible and verified from the start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package kg.usulduk.evaluation;
