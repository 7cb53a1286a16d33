package io.capshift.domain.error;

/**
 * One invalid field of a request.
 *
 * @param field dotted path of the field in the request, e.g. {@code as_of} or {@code index_id}
 * @param description what is wrong, for people
 */
public record FieldViolation(String field, String description) {
  public FieldViolation {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("field must not be blank");
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("description must not be blank");
    }
  }
}
