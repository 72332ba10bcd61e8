package kg.usulduk.bench.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Deputies of random schools sign in (the login form with its CSRF token) and open one page after another: first
 * every page for the warm-up, then each page alone by {@code bench.concurrency} users (32) for
 * {@code bench.seconds}, so that each page's throughput is measured on its own, comparable with the static page's
 * (the framework's ceiling) and with the bare SQL's that the summary runs. Any failed request fails the run.
 */
public class PagesSimulation extends Simulation {

	/** The pages of the run, from bench/pages.tsv: a name (the summary matches on it) and the address. */
	static final List<String[]> PAGES = pages(System.getProperty("bench.pages", "bench/pages.tsv"));

	private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8104");
	private static final String USERS = System.getProperty("bench.users", "bench/target/bench/users.csv");
	private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 32);
	private static final Duration SECONDS = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
	private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 30));

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.disableFollowRedirect()
		// The static file says Cache-Control max-age=7d: a browser would not ask again, the ceiling must.
		.disableCaching()
		.acceptHeader("text/html,application/pdf,text/calendar,*/*")
		.acceptLanguageHeader("ky");

	private final FeederBuilder<String> users = csv(USERS).random();

	private final ChainBuilder signIn = exec(
			http("sign in: form").get("/login").check(status().is(200),
					css("input[name='_csrf']", "value").saveAs("csrf")),
			http("sign in").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", "#{password}")
				.formParam("_csrf", "#{csrf}")
				// A refused sign-in is a redirect too, to /login?error.
				.check(status().is(302), header("Location").transform(to -> to.contains("error")).is(false)));

	{
		List<PopulationBuilder> runs = new ArrayList<>();
		List<ChainBuilder> everyPage = new ArrayList<>();
		for (String[] page : PAGES) {
			everyPage.add(exec(http("warm-up: " + page[0]).get(page[1]).check(status().is(200))));
		}
		// Every page at least once by every user, whatever the window: a loop left half-way warms only the first pages.
		runs.add(scenario("warm-up").feed(users).exec(signIn).during(WARM_UP, false).on(exec(everyPage))
			.injectOpen(atOnceUsers(CONCURRENCY)));
		for (String[] page : PAGES) {
			// A page that fails to render answers 200 with the error page only if it was sent there by a redirect,
			// which is refused above: anything but 200 fails.
			runs.add(scenario(page[0]).feed(users).exec(signIn)
				.during(SECONDS)
				.on(exec(http(page[0]).get(page[1]).check(status().is(200))))
				.injectOpen(atOnceUsers(CONCURRENCY)));
		}
		PopulationBuilder chain = runs.get(runs.size() - 1);
		for (int i = runs.size() - 2; i >= 0; i--) {
			chain = runs.get(i).andThen(chain);
		}
		setUp(chain).protocols(protocol).assertions(global().failedRequests().count().is(0L));
	}

	private static List<String[]> pages(String file) {
		try {
			return Files.readAllLines(Path.of(file)).stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t"))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
