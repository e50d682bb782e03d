package org.reachable.feeds.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.reachable.feeds.FeedFormat;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.ParseProblem;

/** Keeps what a parser hands over, in order, for assertions. */
final class CollectingSink implements FeedFormat.Sink {

    final List<IncomingRecord> records = new ArrayList<>();
    final List<ParseProblem> problems = new ArrayList<>();

    @Override
    public void record(IncomingRecord record) {
        records.add(record);
    }

    @Override
    public void problem(ParseProblem problem) {
        problems.add(problem);
    }

    static CollectingSink parse(FeedFormat format, String resource) {
        CollectingSink sink = new CollectingSink();
        try (InputStream in = CollectingSink.class.getResourceAsStream("/feeds/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file " + resource);
            }
            format.parse(in, resource, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    static CollectingSink parse(FeedFormat format, InputStream in, String fileName) {
        CollectingSink sink = new CollectingSink();
        try {
            format.parse(in, fileName, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }
}
