package kg.usulduk.app;

import static org.assertj.core.api.Assertions.assertThat;

import kg.usulduk.UsuldukApplication;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure is verified in every build, and its documentation written to {@code docs/modules}. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(UsuldukApplication.class);

	@Test
	void contextsDependOnlyOnEachOthersApiAndHaveNoCycles() {
		modules.verify();
	}

	@Test
	void everyContextTheDesignNamesIsAModule() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
				.contains("school", "association", "council", "planning", "mentorship", "evaluation", "archive", "app");
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml()
				.writeModuleCanvases();
	}
}
