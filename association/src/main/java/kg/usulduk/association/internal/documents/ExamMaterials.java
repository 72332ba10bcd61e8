package kg.usulduk.association.internal.documents;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;

/**
 * Attestation materials (001 §3.5): for which exam, subject and class, in which form, and what they hold.
 *
 * @param grade the class (1–11) whose pupils sit the exam
 */
public record ExamMaterials(Exam exam, String subject, int grade, Form form, String content) implements ValueObject {

	/** 001 §3.5: the transfer from class to class, or the final attestation of a graduating class. */
	public enum Exam {
		TRANSFER, FINAL
	}

	public enum Form {
		ORAL, WRITTEN, TEST
	}

	public ExamMaterials {
		if (exam == null) {
			throw RuleViolation.onField("exam", "validation.required");
		}
		if (form == null) {
			throw RuleViolation.onField("form", "validation.required");
		}
		subject = TypedText.required("subject", subject, 100);
		content = TypedText.requiredText("content", content, 20000);
		if (grade < 1 || grade > 11) {
			throw RuleViolation.onField("grade", "association.document.exam.grade");
		}
		// 001 §3.5: the final attestation is held in the graduating classes (the 9th, basic school, and the 11th);
		// every other class is transferred to the next with its own check.
		if (exam == Exam.FINAL && grade != 9 && grade != 11) {
			throw RuleViolation.onField("grade", "association.document.exam.finalNotGraduating");
		}
		if (exam == Exam.TRANSFER && (grade == 9 || grade == 11)) {
			throw RuleViolation.onField("grade", "association.document.exam.transferFromGraduating");
		}
		// 001 §3.5: for the final attestation the association approves the materials "for oral exams"; the written
		// ones come from above.
		if (exam == Exam.FINAL && form != Form.ORAL) {
			throw RuleViolation.onField("form", "association.document.exam.finalIsOral");
		}
	}
}
