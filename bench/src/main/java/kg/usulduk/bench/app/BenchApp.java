package kg.usulduk.bench.app;

import kg.usulduk.UsuldukApplication;
import org.springframework.boot.SpringApplication;

/**
 * Usulduk as it runs, plus the benchmark's recorder and bare-SQL replay ({@link BenchEndpoints}): the load run's
 * app. Start-up is timed on {@link UsuldukApplication} itself.
 */
public final class BenchApp {

	private BenchApp() {
	}

	public static void main(String[] args) {
		SpringApplication.run(new Class<?>[] { UsuldukApplication.class, BenchEndpoints.class }, args);
	}
}
