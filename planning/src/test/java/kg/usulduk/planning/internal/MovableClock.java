package kg.usulduk.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves from day to day, shared by the application contexts it starts. */
final class MovableClock extends Clock {

	private volatile Instant now;
	private final ZoneId zone;

	MovableClock(LocalDate day, ZoneId zone) {
		this.zone = zone;
		moveTo(day);
	}

	void moveTo(LocalDate day) {
		this.now = day.atTime(9, 0).atZone(zone).toInstant();
	}

	void advance(java.time.Duration by) {
		this.now = now.plus(by);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return Clock.fixed(now, other);
	}

	@Override
	public Instant instant() {
		return now;
	}

	static MovableClock at(LocalDate day) {
		return new MovableClock(day, ZoneOffset.ofHours(6));
	}
}
