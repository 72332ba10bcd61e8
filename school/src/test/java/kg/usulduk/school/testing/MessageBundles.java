package kg.usulduk.school.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StreamUtils;

/**
 * Checks of the message bundles on the class path, for any module's tests: each bundle
 * {@code messages/<context>_<lang>.properties} exists in ky, ru and en with the same keys, and every literal
 * key a template names ({@code #{key}}) is in the bundles.
 */
public final class MessageBundles {

	public static final List<String> LANGUAGES = List.of("ky", "ru", "en");
	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

	private MessageBundles() {
	}

	public static void assertComplete() {
		Map<String, Map<String, Set<String>>> bundles = bundles();
		assertThat(bundles).as("message bundles on the class path").isNotEmpty();
		SoftAssertions soft = new SoftAssertions();
		bundles.forEach((context, byLanguage) -> {
			Set<String> all = new TreeSet<>();
			byLanguage.values().forEach(all::addAll);
			for (String language : LANGUAGES) {
				Set<String> keys = byLanguage.getOrDefault(language, Set.of());
				Set<String> missing = new TreeSet<>(all);
				missing.removeAll(keys);
				soft.assertThat(missing).as("keys missing from messages/%s_%s.properties", context, language).isEmpty();
			}
		});
		soft.assertAll();
	}

	public static void assertTemplatesResolve() {
		Set<String> known = new HashSet<>();
		bundles().values().forEach(byLanguage -> byLanguage.values().forEach(known::addAll));
		SoftAssertions soft = new SoftAssertions();
		for (Resource template : resources("classpath*:templates/**/*.html")) {
			Matcher keys = LITERAL_KEY.matcher(read(template));
			Set<String> missing = new TreeSet<>();
			while (keys.find()) {
				if (!known.contains(keys.group(1))) {
					missing.add(keys.group(1));
				}
			}
			soft.assertThat(missing).as("keys used in %s but in no bundle", template.getFilename()).isEmpty();
		}
		soft.assertAll();
	}

	private static Map<String, Map<String, Set<String>>> bundles() {
		Map<String, Map<String, Set<String>>> bundles = new TreeMap<>();
		for (Resource resource : resources("classpath*:messages/*_*.properties")) {
			String name = resource.getFilename();
			String context = name.substring(0, name.indexOf('_'));
			String language = name.substring(name.indexOf('_') + 1, name.indexOf('.'));
			Properties properties = new Properties();
			try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			bundles.computeIfAbsent(context, c -> new TreeMap<>()).put(language, properties.stringPropertyNames());
		}
		return bundles;
	}

	private static Resource[] resources(String pattern) {
		try {
			return new PathMatchingResourcePatternResolver().getResources(pattern);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Resource resource) {
		try {
			return StreamUtils.copyToString(resource.getInputStream(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
