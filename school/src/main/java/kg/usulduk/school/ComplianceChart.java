package kg.usulduk.school;

import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A bar chart of a school's year, drawn by the compliance page: each bar a count against its target (sessions held
 * against the minimum, plan items done of those planned).
 *
 * @param title the message key of the chart's title
 * @param order position among the charts, small first
 */
public record ComplianceChart(String title, int order, List<Bar> bars) implements ValueObject {

	/**
	 * One bar: {@code value} of {@code target}, labelled by the message {@code label} with its arguments (a name
	 * passes through a message that is just {@code {0}}).
	 */
	public record Bar(String label, List<Object> labelArguments, int value, int target) implements ValueObject {

		public Bar {
			Objects.requireNonNull(label, "label");
			labelArguments = List.copyOf(labelArguments);
		}

		public Object[] labelArgumentArray() {
			return labelArguments.toArray();
		}

		/** Whether the target is reached. */
		public boolean reached() {
			return value >= target;
		}
	}

	public ComplianceChart {
		Objects.requireNonNull(title, "title");
		bars = List.copyOf(bars);
	}

	/** The larger of the highest value and the highest target: the scale of the chart, at least 1. */
	public int scale() {
		return Math.max(1, bars.stream().mapToInt(bar -> Math.max(bar.value(), bar.target())).max().orElse(1));
	}
}
