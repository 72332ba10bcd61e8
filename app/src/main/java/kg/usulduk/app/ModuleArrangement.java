package kg.usulduk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import kg.usulduk.UsuldukApplication;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;

/**
 * Writes Usulduk's module arrangement at build time (the app module's {@code process-classes} phase) to
 * {@value ApplicationModulesExporter#DEFAULT_LOCATION}, where Spring Modulith's runtime finds it: the start-up then
 * takes the modules (for each context's Flyway migrations and module initializers) from this file instead of
 * importing every class with ArchUnit, which took seconds of each start. It is the same file Spring's AOT processing
 * writes ({@code ApplicationModulesFileGeneratingProcessor}), without turning the whole application into AOT mode.
 */
public final class ModuleArrangement {

	private ModuleArrangement() {
	}

	/** {@code args[0]}: the class output folder, e.g. {@code target/classes}. */
	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]).resolve(ApplicationModulesExporter.DEFAULT_LOCATION);
		Files.createDirectories(file.getParent());
		String json = new ApplicationModulesExporter(ApplicationModules.of(UsuldukApplication.class)).toJson();
		Files.writeString(file, json, StandardCharsets.UTF_8);
	}
}
