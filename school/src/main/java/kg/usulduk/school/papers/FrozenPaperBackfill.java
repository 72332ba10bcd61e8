package kg.usulduk.school.papers;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Freezes, once, the final papers signed before their contents were kept with them: at the first start after
 * the upgrade, one batch per transaction, names as the directory has them at that start. Idempotent, since a
 * frozen paper is never frozen again; a failure is logged and retried at the next start, and the pages keep
 * showing those papers from the directory meanwhile.
 */
@Component
class FrozenPaperBackfill {

	private static final Logger log = LoggerFactory.getLogger(FrozenPaperBackfill.class);

	private final List<UnfrozenPapers> sources;
	private final TransactionTemplate transactions;

	FrozenPaperBackfill(List<UnfrozenPapers> sources, TransactionTemplate transactions) {
		this.sources = sources;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void freezeWhatWasSignedBefore() {
		for (UnfrozenPapers source : sources) {
			int frozen = 0;
			try {
				Integer batch;
				while ((batch = transactions.execute(status -> source.freezeBatch())) != null && batch > 0) {
					frozen += batch;
				}
			}
			catch (RuntimeException e) {
				log.error("Could not freeze the {} signed before the upgrade; will try again at the next start",
						source.what(), e);
			}
			if (frozen > 0) {
				log.info("Froze what {} {} signed before the upgrade show", frozen, source.what());
			}
		}
	}
}
