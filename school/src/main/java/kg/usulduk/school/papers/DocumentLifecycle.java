package kg.usulduk.school.papers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;

/**
 * The life of a signed document, the same for every kind (a protocol, an order, a report): a draft is written and
 * signed in each capacity it needs; once every one has signed it is final and never changes; a mistake in a final
 * document is put right by a new draft that names the one it corrects and supersedes it once signed in its turn,
 * while the first stays as it was signed. At most one correction follows each final document.
 * <p>
 * The owning aggregate keeps its own rows (its status column, its signature rows with its capacities) and asks
 * this value what each act may do; refusals are worded by the owner's keys ({@code <document>.signed},
 * {@code .alreadySignedAs}, {@code .notASignatory}, {@code .correctOnlySigned}, {@code .alreadyCorrected}), e.g.
 * {@code association.protocol.signed}.
 *
 * @param <C>        the owner's capacities (head, chair, secretary), in the order the document prints them
 * @param document   the owner's key for this kind of document, e.g. {@code council.protocol}
 * @param required   the capacities that must sign before the document is final
 * @param signatures who has signed so far, in which capacity, when
 * @param corrects   the final document this draft corrects, or null
 */
public record DocumentLifecycle<C extends Enum<C>>(String document, Set<C> required, List<Signing<C>> signatures,
		UUID corrects) implements ValueObject {

	/** A document is a draft until every capacity it needs has signed; then it is signed, for good. */
	public enum Status {
		DRAFT, SIGNED
	}

	/** One signature: the capacity, who, when. */
	public record Signing<C extends Enum<C>>(C capacity, StaffId signer, Instant at) implements ValueObject {

		public Signing {
			Objects.requireNonNull(capacity, "a signature has a capacity");
			Objects.requireNonNull(signer, "a signature has a signer");
			Objects.requireNonNull(at, "a signature has a time");
		}
	}

	public DocumentLifecycle {
		Objects.requireNonNull(document);
		if (required == null || required.isEmpty()) {
			throw new IllegalArgumentException("A signed document needs at least one signature");
		}
		required = Set.copyOf(required);
		signatures = List.copyOf(signatures == null ? List.of() : signatures);
	}

	/** A new draft that needs these capacities' signatures. */
	public static <C extends Enum<C>> DocumentLifecycle<C> draft(String document, Set<C> required) {
		return new DocumentLifecycle<>(document, required, List.of(), null);
	}

	/** The lifecycle of a document as its owner keeps it: its signature rows read as signings. */
	public static <C extends Enum<C>, S> DocumentLifecycle<C> of(String document, Set<C> required,
			java.util.Collection<S> rows, Function<S, Signing<C>> signing, UUID corrects) {
		return new DocumentLifecycle<>(document, required, rows.stream().map(signing).toList(), corrects);
	}

	public Status status() {
		return isFinal() ? Status.SIGNED : Status.DRAFT;
	}

	/** Final once every capacity it needs has signed. */
	public boolean isFinal() {
		return signatures.stream().map(Signing::capacity).toList().containsAll(required);
	}

	/** Refuses a change of a final document: the signed one never changes ({@code <document>.signed}). */
	public void requireDraft() {
		if (isFinal()) {
			throw RuleViolation.of(document + ".signed");
		}
	}

	/**
	 * Signs in a capacity. Refused when the document is final, when it needs no signature in that capacity
	 * ({@code .notASignatory}) and when that capacity has signed already ({@code .alreadySignedAs}).
	 *
	 * @return the lifecycle with this signature; final if it was the last one needed
	 */
	public DocumentLifecycle<C> sign(C capacity, StaffId signer, Instant at) {
		requireDraft();
		if (!required.contains(capacity)) {
			throw RuleViolation.of(document + ".notASignatory");
		}
		if (hasSigned(capacity)) {
			throw RuleViolation.of(document + ".alreadySignedAs");
		}
		List<Signing<C>> signed = new ArrayList<>(signatures);
		signed.add(new Signing<>(capacity, signer, at));
		return new DocumentLifecycle<>(document, required, signed, corrects);
	}

	public boolean hasSigned(C capacity) {
		return signatures.stream().anyMatch(s -> s.capacity() == capacity);
	}

	/** The capacities still to sign, in the order the document prints them. */
	public List<C> stillToSign() {
		return required.stream().filter(c -> !hasSigned(c)).sorted().toList();
	}

	/** The signatures in the order the document prints them (by capacity). */
	public List<Signing<C>> inPrintOrder() {
		return signatures.stream().sorted(Comparator.comparing(Signing::capacity)).toList();
	}

	/** The instant the last signature made it final; empty while it is a draft. */
	public Optional<Instant> finalAt() {
		return isFinal() ? signatures.stream().map(Signing::at).max(Instant::compareTo) : Optional.empty();
	}

	/** The day it became final, in the school's zone; empty while it is a draft. */
	public Optional<LocalDate> signedOn(ZoneId zone) {
		return finalAt().map(at -> LocalDate.ofInstant(at, zone));
	}

	/**
	 * The draft that corrects this final document: it needs the given signatures (who signs may have changed
	 * since) and names this one. Refused while this is a draft ({@code .correctOnlySigned}) and when a correction
	 * of it exists already ({@code .alreadyCorrected}): corrections form one line, each superseding the one before.
	 *
	 * @param self            this document's id, which the correction names
	 * @param alreadyCorrected whether a correction of this document exists
	 */
	public DocumentLifecycle<C> correction(UUID self, Set<C> requiredNow, boolean alreadyCorrected) {
		if (!isFinal()) {
			throw RuleViolation.of(document + ".correctOnlySigned");
		}
		if (alreadyCorrected) {
			throw RuleViolation.of(document + ".alreadyCorrected");
		}
		return new DocumentLifecycle<>(document, requiredNow, List.of(), Objects.requireNonNull(self));
	}

	/** The signatures as the kernel freezes them: the capacity's message key ({@code prefix + capacity}), who, when. */
	public List<PaperFreezer.Signed> toFreeze(String capacityKeyPrefix) {
		return inPrintOrder().stream()
				.map(s -> new PaperFreezer.Signed(capacityKeyPrefix + s.capacity().name(), s.signer(), s.at())).toList();
	}

	/**
	 * A document and its corrections in the order they were made: the first, then the one correcting it, and so
	 * on; the last is the one in force.
	 */
	public static <D, I> List<D> inCorrectionOrder(List<D> documents, Function<D, I> id, Function<D, I> corrects) {
		List<D> ordered = new ArrayList<>();
		List<D> left = new ArrayList<>(documents);
		I previous = null;
		while (!left.isEmpty()) {
			I after = previous;
			D next = left.stream().filter(d -> Objects.equals(corrects.apply(d), after)).findFirst()
					.orElse(left.get(0));
			ordered.add(next);
			left.remove(next);
			previous = id.apply(next);
		}
		return ordered;
	}
}
