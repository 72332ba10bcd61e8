package kg.usulduk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;

/** The rules of the design that the compiler does not check. */
class ArchitectureTests {

	static final JavaClasses production = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("kg.usulduk");

	static final Pattern CONTEXT = Pattern.compile("^kg\\.usulduk\\.([a-z]+)(\\..*)?$");
	static final Pattern INTERNAL = Pattern.compile("^kg\\.usulduk\\.([a-z]+)\\.internal(\\..*)?$");

	@Test
	void aggregatesEntitiesAndValueObjectsFollowTheJMoleculesDddRules() {
		JMoleculesDddRules.all().check(production);
	}

	@Test
	void noContextDependsOnTheApplication() {
		noClasses().that().resideOutsideOfPackage("kg.usulduk.app..")
				.and().doNotHaveFullyQualifiedName("kg.usulduk.UsuldukApplication")
				.should().dependOnClassesThat().resideInAPackage("kg.usulduk.app..")
				.check(production);
	}

	@Test
	void noClassReadsAnotherContextsInternals() {
		classes().that().resideInAPackage("kg.usulduk..")
				.should(new ArchCondition<JavaClass>("read only their own context's internal packages") {
					@Override
					public void check(JavaClass item, ConditionEvents events) {
						String own = context(item.getPackageName());
						item.getDirectDependenciesFromSelf().forEach(dependency -> {
							Matcher internal = INTERNAL.matcher(dependency.getTargetClass().getPackageName());
							if (internal.matches() && !internal.group(1).equals(own)) {
								events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
							}
						});
					}
				})
				.check(production);
	}

	private static String context(String packageName) {
		Matcher matcher = CONTEXT.matcher(packageName);
		return matcher.matches() ? matcher.group(1) : "";
	}
}
