package org.reachable.chronology;

import java.util.Map;

/**
 * An event as a person types it or an API client sends it: text fields, so a wrong value can be reported back
 * exactly. {@code occurredAt} is a date (2025-05-01) or a local date and time (2025-05-01T15:30) in UK time.
 */
public record NewEvent(String type, String occurredAt, String summary, String childWords, String sensitivity,
                       Map<String, String> details) {
}
