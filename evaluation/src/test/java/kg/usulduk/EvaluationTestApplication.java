package kg.usulduk;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The application the evaluation module's tests start: this module and the ones it depends on. */
@SpringBootApplication
@Modulithic(sharedModules = "school")
public class EvaluationTestApplication {
}
