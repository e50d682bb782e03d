package org.reachable.feeds.formats;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.reachable.feeds.FeedFormat;
import org.reachable.feeds.ParseProblem;

/**
 * Walks an XML feed once: checks the root element, hands over the header and each record element (a pupil, a child)
 * as a small {@link XmlElement} tree, and turns a well-formedness error into a per-file problem. Records read before
 * the error have already been handed over; XML cannot be read past such an error, so the problem says where it stopped.
 */
final class XmlRecordStream {

    /**
     * A record with more elements or text than this is reported and skipped, so one runaway record cannot fill memory.
     * A real pupil or child record is a few hundred elements and a few kilobytes.
     */
    static final int MAX_ELEMENTS_PER_RECORD = 5_000;
    static final int MAX_TEXT_PER_RECORD = 200_000;

    interface Handler {
        void header(XmlElement header);

        void record(XmlElement record, int ordinal);
    }

    private final String rootName;
    private final Set<String> headerNames;
    private final String recordName;

    XmlRecordStream(String rootName, Set<String> headerNames, String recordName) {
        this.rootName = rootName;
        this.headerNames = headerNames;
        this.recordName = recordName;
    }

    void stream(InputStream in, String file, FeedFormat.Sink sink, Handler handler) {
        XMLStreamReader reader = null;
        int records = 0;
        try {
            reader = SafeXml.open(in);
            boolean rootSeen = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    sink.problem(fileProblem(file, line(reader), "DOCTYPE declarations are not accepted in agency files"));
                    return;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (!rootSeen) {
                    rootSeen = true;
                    if (!name.equals(rootName)) {
                        sink.problem(new ParseProblem(file, line(reader), null, "root element", name,
                                "The file must start with a " + rootName + " element", null));
                        return;
                    }
                } else if (headerNames.contains(name)) {
                    handler.header(read(reader).element());
                } else if (name.equals(recordName)) {
                    long line = line(reader);
                    Read read = read(reader);
                    records++;
                    if (read.truncated()) {
                        sink.problem(new ParseProblem(file, line, recordName + " " + records, null, null,
                                "A " + recordName + " element may hold at most " + MAX_ELEMENTS_PER_RECORD
                                        + " elements and " + MAX_TEXT_PER_RECORD
                                        + " characters of text; this one was skipped", null));
                    } else {
                        handler.record(read.element(), records);
                    }
                }
            }
            if (!rootSeen) {
                sink.problem(fileProblem(file, null, "The file is empty: no " + rootName + " element"));
            }
        } catch (XMLStreamException e) {
            String after = records == 0 ? "" : "; the " + records + " " + recordName + " element(s) before it were read";
            if (SafeXml.isWrongEncoding(e)) {
                // The decoder reads ahead of the parser, so only its byte offset is exact, not a line.
                sink.problem(fileProblem(file, null, "The file is not in the character encoding it declares (UTF-8 "
                        + "unless its XML declaration names another): " + e.getMessage() + after));
                return;
            }
            Location at = e.getLocation() != null || reader == null ? e.getLocation() : reader.getLocation();
            sink.problem(fileProblem(file, at == null ? null : (long) at.getLineNumber(),
                    SafeXml.describe(e, at) + after));
        } finally {
            close(reader);
        }
    }

    private record Read(XmlElement element, boolean truncated) {
    }

    /** Reads the element the reader is on, up to its end tag, into a tree of at most MAX_ELEMENTS_PER_RECORD. */
    private static Read read(XMLStreamReader reader) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        open.push(new Builder(reader.getLocalName(), line(reader)));
        int count = 1;
        long characters = 0;
        boolean truncated = false;
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    count++;
                    truncated |= count > MAX_ELEMENTS_PER_RECORD;
                    open.push(new Builder(reader.getLocalName(), line(reader)));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    characters += reader.getTextLength();
                    truncated |= characters > MAX_TEXT_PER_RECORD;
                    if (!truncated) {
                        open.peek().text.append(reader.getTextCharacters(), reader.getTextStart(),
                                reader.getTextLength());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Builder done = open.pop();
                    if (open.isEmpty()) {
                        return new Read(done.build(), truncated);
                    }
                    if (!truncated) {
                        open.peek().children.add(done.build());
                    }
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
    }

    private static final class Builder {
        private final String name;
        private final long line;
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();

        Builder(String name, long line) {
            this.name = name;
            this.line = line;
        }

        XmlElement build() {
            return new XmlElement(name, line, text.toString(), children);
        }
    }

    private static long line(XMLStreamReader reader) {
        return reader.getLocation().getLineNumber();
    }

    private static ParseProblem fileProblem(String file, Long line, String rule) {
        return new ParseProblem(file, line, null, null, null, rule, null);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing more to read or report
            }
        }
    }
}
