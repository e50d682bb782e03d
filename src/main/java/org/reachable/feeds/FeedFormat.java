package org.reachable.feeds;

import java.io.IOException;
import java.io.InputStream;

/**
 * A batch file format. Parsers stream: they hand each record to the sink as soon as it is read, so a file of any size
 * runs in constant memory, and a bad record never stops the good ones after it. A parser never throws for bad
 * content (it reports a {@link ParseProblem}); IOException is for the stream itself failing.
 */
public interface FeedFormat {

    /** The name used on the command line and the upload page, e.g. "csv-police", "ctf", "fhir", "cin". */
    String name();

    /** One line a person reads when choosing a format. */
    String description();

    void parse(InputStream in, String fileName, Sink sink) throws IOException;

    interface Sink {
        void record(IncomingRecord record);

        void problem(ParseProblem problem);
    }
}
