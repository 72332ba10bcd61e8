package kg.usulduk.app;

import kg.usulduk.school.testing.MessageBundles;

import org.junit.jupiter.api.Test;

/** Every context's pages speak Kyrgyz, Russian and English: a key missing from any bundle fails the build. */
class MessageBundleTests {

	@Test
	void everyBundleHasEveryKeyInAllThreeLanguages() {
		MessageBundles.assertComplete();
	}

	@Test
	void everyKeyATemplateUsesExists() {
		MessageBundles.assertTemplatesResolve();
	}
}
