package kg.usulduk.bench.generate;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} and {@code --name=value} arguments. */
public final class Options {

	private Options() {
	}

	public static Map<String, String> parse(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Expected --name value, got " + arg);
			}
			int equals = arg.indexOf('=');
			if (equals > 0) {
				options.put(arg.substring(2, equals), arg.substring(equals + 1));
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				options.put(arg.substring(2), args[++i]);
			}
			else {
				options.put(arg.substring(2), "true");
			}
		}
		return options;
	}
}
