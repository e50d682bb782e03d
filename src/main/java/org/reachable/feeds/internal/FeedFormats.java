package org.reachable.feeds.internal;

import java.util.List;
import java.util.Optional;
import org.reachable.feeds.FeedFormat;
import org.springframework.stereotype.Component;

/** Every batch format, found by injection: the CSV families here and the XML and FHIR formats beside them. */
@Component
public class FeedFormats {

    private final List<FeedFormat> formats;

    FeedFormats(List<FeedFormat> formats) {
        this.formats = formats.stream().sorted(java.util.Comparator.comparing(FeedFormat::name)).toList();
    }

    public List<FeedFormat> all() {
        return formats;
    }

    public Optional<FeedFormat> named(String name) {
        return formats.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public String names() {
        return String.join(", ", formats.stream().map(FeedFormat::name).toList());
    }
}
