package kg.usulduk.bench.report;

import java.io.IOException;
import java.io.Reader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kg.usulduk.bench.generate.Options;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The benchmark's summary, run after the Gatling load run while the bench app still serves: records the statements
 * of each page (32 users' views), replays them bare at the same concurrency (the database's ceiling), reads
 * Gatling's figures, the start-up, memory and reminder figures the other steps left, and prints the ratios side by
 * side, as text ({@code summary.txt}) and as a page ({@code summary.html}) beside Gatling's report.
 */
public final class Report {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private Report() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = Options.parse(args);
		String base = options.getOrDefault("base", "http://localhost:8104");
		Path out = Path.of(options.getOrDefault("out", "bench/target/bench"));
		Path pagesFile = Path.of(options.getOrDefault("pages", "bench/pages.tsv"));
		int threads = Integer.parseInt(options.getOrDefault("concurrency", "32"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
		String machine = options.getOrDefault("machine", "");

		List<String[]> pages = Files.readAllLines(pagesFile).stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")).toList();
		List<Map<String, String>> users = users(out.resolve("users.csv"));

		// 1. Record each page's statements, viewed by up to 32 different signed-in users.
		HttpClient.Builder clients = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10));
		int viewers = Math.min(threads, users.size());
		List<HttpClient> signedIn = new ArrayList<>();
		for (int i = 0; i < viewers; i++) {
			HttpClient client = clients.cookieHandler(new CookieManager()).build();
			signIn(client, base, users.get(i));
			signedIn.add(client);
		}
		for (String[] page : pages) {
			for (int i = 0; i < viewers; i++) {
				String path = fill(page[1], users.get(i));
				HttpResponse<byte[]> response = signedIn.get(i).send(HttpRequest.newBuilder(URI.create(base + path))
					.header("X-Bench-Capture", page[0]).header("Accept-Language", "ky").GET().build(),
						HttpResponse.BodyHandlers.ofByteArray());
				if (response.statusCode() != 200) {
					throw new IllegalStateException(page[0] + " " + path + " answered " + response.statusCode());
				}
			}
		}
		HttpClient plain = clients.build();
		String captured = plain.send(HttpRequest.newBuilder(URI.create(base + "/bench/captured")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Files.writeString(out.resolve("statements.txt"), captured);
		Map<String, String[]> statements = new HashMap<>();
		for (String line : captured.split("\n")) {
			String[] cells = line.split("\t");
			if (cells[0].equals("page")) {
				statements.put(cells[1], cells);
			}
		}

		// 2. The database's ceiling: the same statements, bare, 32 at a time.
		Map<String, Map<String, String>> bare = new LinkedHashMap<>();
		for (String[] page : pages) {
			String answer = plain.send(HttpRequest.newBuilder(URI.create(base + "/bench/replay?page="
					+ URLEncoder.encode(page[0], StandardCharsets.UTF_8) + "&threads=" + threads + "&seconds=" + seconds))
				.POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(seconds * 6L + 120)).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Map<String, String> figures = new HashMap<>();
			for (String line : answer.split("\n")) {
				String[] kv = line.split("=", 2);
				if (kv.length == 2) {
					figures.put(kv[0], kv[1]);
				}
			}
			bare.put(page[0], figures);
		}

		// 3. Gatling's figures: each page ran alone for its window, so its throughput is its count over the window.
		Map<String, String[]> stats = gatlingStats(out.resolve("gatling"));
		Properties national = load(out.resolve("national.properties"));
		Properties reminders = load(out.resolve("reminders.properties"));
		Properties startup = load(out.resolve("startup.properties"));

		List<String> text = new ArrayList<>();
		String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
		text.add("Usulduk benchmark, " + when + (machine.isBlank() ? "" : ", " + machine));
		text.add(String.format(Locale.ROOT, "Data: scale %s = %s schools, %s years, %,d rows, %,d MiB (copied in %s s, "
				+ "vacuum analyse %s s); %d users at once, %d s a page after a warm-up", national.getProperty("scale", "?"),
				national.getProperty("schools", "?"), national.getProperty("years", "?"),
				Long.parseLong(national.getProperty("rows", "0")),
				Long.parseLong(national.getProperty("databaseBytes", "0")) >> 20, national.getProperty("copySeconds", "?"),
				national.getProperty("vacuumAnalyseSeconds", "?"), threads, seconds));
		text.add("");
		text.add(String.format("%-20s %8s %7s %7s %7s %6s %8s %9s %6s %6s %5s", "page", "pages/s", "p50 ms", "p95 ms",
				"p99 ms", "errors", "x static", "bare /s", "x bare", "stmts", "conns"));
		double staticThroughput = Double.NaN;
		List<String[]> rows = new ArrayList<>();
		for (String[] page : pages) {
			String[] request = stats.get(page[0]);
			double count = request == null ? 0 : Double.parseDouble(request[2]);
			long ko = request == null ? 0 : Long.parseLong(request[4]);
			double throughput = count / seconds;
			if (Double.isNaN(staticThroughput)) {
				staticThroughput = throughput;
			}
			Map<String, String> ceiling = bare.get(page[0]);
			double bareThroughput = Double.parseDouble(ceiling.getOrDefault("throughput", "NaN"));
			String[] recorded = statements.getOrDefault(page[0], new String[] { "", "", "0", "0", "0", "0" });
			String[] row = { page[0], f1(throughput), ms(request, 8), ms(request, 10), ms(request, 11), String.valueOf(ko), f2(throughput / staticThroughput), f1(bareThroughput),
					f2(throughput / bareThroughput), recorded[4], recorded[5] };
			rows.add(row);
			text.add(String.format("%-20s %8s %7s %7s %7s %6s %8s %9s %6s %6s %5s", (Object[]) row));
		}
		text.add("(pages/s: Gatling's count over the page's window; x static: against the static file served by the same "
				+ "app; bare: the page's recorded statements replayed through JDBC on the app's pool, one transaction per "
				+ "connection the page took; stmts/conns: the most any recorded view of the page sent/took)");
		text.add("");
		String yearsKey = reminders.stringPropertyNames().stream().filter(k -> k.endsWith(".scanMs") && !k.startsWith("years1."))
			.findFirst().map(k -> k.substring(0, k.indexOf('.'))).orElse("years10");
		String years = yearsKey.substring(5);
		text.add(String.format(Locale.ROOT, "History: 1 year (%s calendar entries) against %s years (%s entries), "
				+ "both warm, in alternation, medians (target <= 1.5):", reminders.getProperty("years1.entries"), years,
				reminders.getProperty(yearsKey + ".entries")));
		for (String[] job : new String[][] { { "scanMs", "reminder scan (Reminders.remindNow, nothing left to send)" },
				{ "monthMs", "calendar month of a school (its read model)" },
				{ "complianceMs", "compliance dashboard of a school (lines and charts)" },
				{ "bareSelectMs", "the reminder scan's select alone, bare JDBC" } }) {
			double one = num(reminders, "years1." + job[0]);
			double many = num(reminders, yearsKey + "." + job[0]);
			text.add(String.format(Locale.ROOT, "  %-62s %8.2f ms %8.2f ms  x%.2f", job[1], one, many, many / one));
		}
		double startDemo = num(startup, "demo.firstPageMs");
		double startNational = num(startup, "national.firstPageMs");
		text.add(String.format(Locale.ROOT, "Start-up to the first page: demo %.1f s, national %.1f s: x%.2f (target <= 1.2); "
				+ "peak resident memory at the first page: demo %s MiB, national %s MiB", startDemo / 1000,
				startNational / 1000, startNational / startDemo, startup.getProperty("demo.peakRssMiB", "?"),
				startup.getProperty("national.peakRssMiB", "?")));
		text.add(String.format(Locale.ROOT, "Resident memory of the app after the load run: %s MiB, peak %s MiB "
				+ "(target <= 1024)", startup.getProperty("load.rssMiB", "?"), startup.getProperty("load.peakRssMiB", "?")));
		text.add("Retention jobs: none exist yet (archive context); nothing to compare with bare set-based SQL.");
		long failed = stats.values().stream().mapToLong(request -> Long.parseLong(request[4])).sum();
		String failing = stats.entrySet().stream().filter(e -> !"0".equals(e.getValue()[4]))
			.map(e -> e.getKey() + " " + e.getValue()[4]).sorted().reduce((a, b) -> a + ", " + b).orElse("");
		text.add(failed == 0 ? "Errors: none."
				: "ERRORS: " + failed + " failed requests (" + failing + "): the run fails; see Gatling's report.");
		Files.write(out.resolve("summary.txt"), text);
		text.forEach(System.out::println);
		Files.writeString(out.resolve("summary.html"), html(text, rows));
		if (failed > 0) {
			System.exit(1);
		}
	}

	private static List<Map<String, String>> users(Path csv) throws IOException {
		List<String> lines = Files.readAllLines(csv);
		String[] header = lines.get(0).split(",");
		List<Map<String, String>> users = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			Map<String, String> user = new HashMap<>();
			for (int i = 0; i < header.length; i++) {
				user.put(header[i], cells[i]);
			}
			users.add(user);
		}
		return users;
	}

	private static String fill(String path, Map<String, String> user) {
		Matcher variables = Pattern.compile("#\\{(\\w+)}").matcher(path);
		StringBuilder filled = new StringBuilder();
		while (variables.find()) {
			variables.appendReplacement(filled, Matcher.quoteReplacement(user.get(variables.group(1))));
		}
		return variables.appendTail(filled).toString();
	}

	private static void signIn(HttpClient client, String base, Map<String, String> user) throws Exception {
		String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
		String body = "username=" + enc(user.get("username")) + "&password=" + enc(user.get("password")) + "&_csrf="
				+ enc(token);
		HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in of " + user.get("username") + " refused: " + answer.statusCode()
					+ " " + location);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * Each request's figures from the newest Gatling report under the folder: Gatling 3.14 writes them only into
	 * its page's statistics table (one row a request name; columns total, OK, KO, % KO, count/s, min, 50th, 75th,
	 * 95th, 99th percentile, max, mean, standard deviation).
	 */
	private static Map<String, String[]> gatlingStats(Path folder) throws IOException {
		try (Stream<Path> runs = Files.list(folder)) {
			Path newest = runs.filter(run -> Files.exists(run.resolve("index.html")))
				.max(Comparator.comparing(run -> run.toFile().lastModified()))
				.orElseThrow(() -> new IllegalStateException("No Gatling report under " + folder));
			Map<String, String[]> requests = new HashMap<>();
			for (Element row : Jsoup.parse(newest.resolve("index.html").toFile()).select("tr[id^=req_]")) {
				Element name = row.selectFirst(".ellipsed-name");
				if (name == null) {
					continue;
				}
				String[] cells = new String[15];
				for (int column = 2; column <= 14; column++) {
					Element cell = row.selectFirst("td.col-" + column);
					cells[column] = cell == null ? "" : cell.text();
				}
				requests.put(name.text(), cells);
			}
			return requests;
		}
	}

	private static String ms(String[] request, int column) {
		return request == null ? "-" : request[column];
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		if (Files.exists(file)) {
			try (Reader reader = Files.newBufferedReader(file)) {
				properties.load(reader);
			}
		}
		return properties;
	}

	private static double num(Properties properties, String key) {
		String value = properties.getProperty(key);
		return value == null || value.isBlank() ? Double.NaN : Double.parseDouble(value);
	}

	private static String f1(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String f2(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String html(List<String> text, List<String[]> rows) {
		StringBuilder page = new StringBuilder("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
				+ "<title>Usulduk benchmark</title><style>body{font:14px sans-serif;margin:2em}td,th{padding:2px 8px;"
				+ "text-align:right}td:first-child,th:first-child{text-align:left}.bar{background:#4a7;height:10px}"
				+ "</style><h1>Usulduk benchmark</h1><p>").append(esc(text.get(0))).append("<br>").append(esc(text.get(1)))
			.append("</p><table><tr><th>page<th>pages/s<th>p50 ms<th>p95 ms<th>p99 ms<th>errors<th>× static"
					+ "<th>bare /s<th>× bare<th>statements<th>connections<th>× bare</tr>");
		for (String[] row : rows) {
			page.append("<tr>");
			for (String cell : row) {
				page.append("<td>").append(esc(cell));
			}
			double ratio;
			try {
				ratio = Math.min(1, Double.parseDouble(row[8]));
			}
			catch (NumberFormatException e) {
				ratio = 0;
			}
			page.append("<td><div class=\"bar\" style=\"width:").append((int) (ratio * 200)).append("px\"></div></tr>");
		}
		page.append("</table><pre>");
		text.subList(2, text.size()).forEach(line -> page.append(esc(line)).append('\n'));
		return page.append("</pre><p>Gatling's own report: the newest folder under <code>gatling/</code>.</p></html>")
			.toString();
	}

	private static String esc(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
