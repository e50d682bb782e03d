package org.reachable.identity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Ethnicity, sex and date of birth of one child, for disproportionality monitoring only (who alerts fall on, against
 * the population). Never an input to a rule, score or alert. Ethnicity may be null (not recorded).
 */
public record Demographics(UUID personId, Ethnicity ethnicity, Sex sex, LocalDate dateOfBirth) {
}
